# A metaclass's __setattr__, __getattr__ and __delattr__ govern attribute access on classes.
class Meta(type):
    def __getattr__(cls, name):
        return 'meta getattr ' + name
    def __setattr__(cls, name, value):
        print('meta setattr', name, value)
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print('meta delattr', name)
        super().__delattr__(name)
class A(metaclass=Meta):
    real = 1
print(A.real, A.fake)
A.new = 2
print(A.new, A().new)
del A.new
print(A.new)
try:
    A().fake
except AttributeError as e:
    print(type(e).__name__, e)
