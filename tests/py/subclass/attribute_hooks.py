# __getattr__, __getattribute__, __setattr__ and __delattr__ on built-in subclasses.
class Fallback(list):
    def __getattr__(self, name):
        return 'fallback:' + name

class Guarded(dict):
    def __setattr__(self, name, value):
        print('setattr', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)

class Magic(int):
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return int.__getattribute__(self, name)

f = Fallback([1])
print(f.anything, f.count(1), getattr(f, 'x'), hasattr(f, 'y'))
g = Guarded()
g.a = 1
print(g.a, vars(g))
del g.a
print(vars(g), Magic(3).magic, Magic(3).real, Magic(3) + 1)
