# A data descriptor on the class wins over a same-named entry in the instance __dict__.
class Data:
    def __get__(self, obj, owner):
        return 'descriptor value'
    def __set__(self, obj, value):
        print('descriptor set', value)
class A:
    attr = Data()
a = A()
a.__dict__['attr'] = 'dict value'
print(a.attr)
a.attr = 'new'
print(a.__dict__['attr'])
print(vars(a))
