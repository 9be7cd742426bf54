# What instance and class access return for functions, classmethods and staticmethods.
class A:
    def inst(self): return 'inst'
    @classmethod
    def cls_m(cls): return 'cls ' + cls.__name__
    @staticmethod
    def stat(): return 'stat'
a = A()
for name in ('inst', 'cls_m', 'stat'):
    raw = A.__dict__[name]
    print(name, type(raw).__name__, type(getattr(A, name)).__name__, type(getattr(a, name)).__name__)
print(A.cls_m.__self__ is A, a.cls_m.__self__ is A)
print(A.cls_m(), a.cls_m(), A.stat(), a.stat(), A.inst(a))
print(A.__dict__['cls_m'].__func__.__name__, A.__dict__['stat'].__func__ is A.stat)
try:
    A.inst()
except TypeError as e:
    print(type(e).__name__, e)
