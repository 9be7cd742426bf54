import sys
print(sys.flags.optimize)
print(type(sys.flags).__name__)
print(sys.flags.debug, sys.flags.inspect, sys.flags.verbose)
