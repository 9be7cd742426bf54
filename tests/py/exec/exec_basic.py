# exec: statements in given or caller namespaces; definitions land in the dict; the
# result is None; a function's locals are not changed by exec.
ns = {}
r = exec('def sq(n):\n    return n * n\nv = sq(7)', ns)
print(r, ns['v'], ns['sq'](3), '__builtins__' in ns)
g, l = {'a': 1}, {}
exec('b = a + 1', g, l)
print(l, 'b' in g)
def f():
    z = 1
    exec('z = 2')
    return z
print(f())
exec('q = 5')
print(q)
code = compile('w = 40 + 2', '<mine>', 'exec')
exec(code)
print(w)
try:
    exec('raise ValueError("inside")')
except ValueError as e:
    print('ValueError:', e)
try:
    exec(1)
except TypeError as e:
    print('TypeError:', e)
try:
    exec('1', [])
except TypeError as e:
    print('TypeError:', e)
exec('class K:\n    attr = 3\n', ns)
print(ns['K'].attr, ns['K'].__module__)
