# __index__ returning a non-int, and objects without __index__ used as indices.
class Bad:
    def __index__(self): return 'x'
class Float:
    def __index__(self): return 1.0
class NoIndex: pass
data = [1, 2, 3]
def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt('bad index', lambda: data[Bad()])
attempt('float index', lambda: data[Float()])
attempt('no index', lambda: data[NoIndex()])
attempt('bin', lambda: bin(NoIndex()))
attempt('range', lambda: range(NoIndex()))
attempt('slice', lambda: data[NoIndex():])
attempt('tuple', lambda: (1,)[NoIndex()])
fl = 1.0
attempt('str', lambda: 'ab'[fl])
