# A metaclass __instancecheck__ customises isinstance(); its result is converted to bool.
class Meta(type):
    def __instancecheck__(cls, obj):
        print('__instancecheck__', cls.__name__, type(obj).__name__)
        return hasattr(obj, 'quack')
class Duck(metaclass=Meta):
    pass
class Robot:
    quack = True
print(isinstance(Robot(), Duck))
print(isinstance(5, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(Robot(), (int, Duck)))
class Weird(type):
    def __instancecheck__(cls, obj):
        return 'yes'
class W(metaclass=Weird): pass
print(isinstance(1, W))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
