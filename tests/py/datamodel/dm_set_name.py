# __set_name__ is called on class-body attributes with the owner and name, in order.
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset ' + self.name)
class Model:
    first = Field()
    second = Field()
    alias = first
m = Model()
print(m.first, m.second, Model.first.name, Model.alias is Model.first)
late = Field()
Model.third = late
print(hasattr(late, 'name'))
late.__set_name__(Model, 'third')
print(m.third)
class Raising:
    def __set_name__(self, owner, name):
        raise ValueError('bad ' + name)
try:
    class Broken:
        x = Raising()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
