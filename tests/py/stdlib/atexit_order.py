# atexit: registered functions run at exit in reverse order, with their arguments;
# a failing one is reported and the others still run
import atexit
base = atexit._ncallbacks()

def say(*args, **kwargs):
    print('say', args, sorted(kwargs.items()))

def fail():
    raise ValueError('from atexit')

print(atexit.register(say, 1) is say)
atexit.register(say, 2, key='v')
atexit.register(fail)
atexit.register(print, 'plain print')
r = atexit.register(lambda: print('lambda'))
print(atexit._ncallbacks() - base)
def gone():
    print('never')
atexit.register(gone)
atexit.register(gone)
atexit.unregister(gone)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
try:
    atexit.register()
except TypeError as e:
    print(e)
print('main program ends')
