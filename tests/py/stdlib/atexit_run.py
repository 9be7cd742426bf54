# atexit._run_exitfuncs runs and clears; _clear empties; sys.exit still runs them
import atexit
import sys

atexit.register(print, 'first')
atexit.register(print, 'second')
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(print, 'cleared')
atexit._clear()
print(atexit._ncallbacks())
atexit.register(print, 'after sys.exit')
sys.exit(3)
