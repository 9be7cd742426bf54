# On a class, a metaclass data descriptor beats the class dict; a non-data one does not.
class DataDesc:
    def __get__(self, obj, owner):
        return 'data descriptor'
    def __set__(self, obj, value):
        print('set via metaclass', value)
class NonData:
    def __get__(self, obj, owner):
        return 'non-data descriptor'
class Meta(type):
    d = DataDesc()
    n = NonData()
class A(metaclass=Meta):
    d = 'class d'
    n = 'class n'
print(A.d, A.n)
A.d = 99
print(A.__dict__['d'])
class B(metaclass=Meta):
    pass
print(B.d, B.n)
