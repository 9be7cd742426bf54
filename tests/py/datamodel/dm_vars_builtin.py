# vars(obj) returns obj.__dict__ itself; vars() without arguments is the local namespace.
class A:
    x = 1
a = A()
a.y = 2
v = vars(a)
print(v, v is a.__dict__)
v['z'] = 3
print(a.z)
print(type(vars(A)).__name__, vars(A)['x'])
def f(p, q=4):
    r = p + q
    return vars()
print(f(1))
for bad in (1, 'str', [1]):
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(a, a)
except TypeError as e:
    print(type(e).__name__, e)
