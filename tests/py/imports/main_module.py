# the attributes of __main__ when run as a script
import sys
print(__name__, __package__, __spec__)
print(__file__.endswith("main_module.py"), sys.argv[0])
print(sys.modules["__main__"].__name__, type(__builtins__).__name__)
print(__loader__.__name__ if hasattr(__loader__, "__name__") else type(__loader__).__name__)
