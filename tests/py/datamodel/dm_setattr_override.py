# __setattr__ intercepts every assignment, including those in __init__.
class Recorder:
    def __init__(self, a):
        self.a = a
        self.b = a * 2
    def __setattr__(self, name, value):
        print('setattr', name, value)
        if name == 'frozen':
            raise AttributeError('cannot set frozen')
        super().__setattr__(name, value)
r = Recorder(1)
r.c = 3
setattr(r, 'd', 4)
print(r.__dict__)
try:
    r.frozen = True
except AttributeError as e:
    print(type(e).__name__, e)
r.__dict__['direct'] = 5
print(r.direct)
object.__setattr__(r, 'bypass', 6)
print(sorted(r.__dict__))
