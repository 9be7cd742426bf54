# A user descriptor's __get__ receives (instance, owner), or (None, owner) via the class.
class Show:
    def __get__(self, obj, owner=None):
        who = 'None' if obj is None else type(obj).__name__ + ' instance'
        return 'get(%s, %s)' % (who, owner.__name__ if owner else None)
class A:
    d = Show()
class B(A):
    pass
print(A.d)
print(A().d)
print(B.d)
print(B().d)
print(A.__dict__['d'].__get__(5, int))
print(getattr(B(), 'd'), type(A.__dict__['d']).__name__)
