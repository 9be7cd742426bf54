# eval: expressions with the caller's namespaces or given dicts, leading whitespace,
# and errors for bad arguments.
x = 10
def f():
    y = 2
    return eval('x * y')
print(eval('1 + 2'), eval('x + 1'), f())
print(eval('a * b', {'a': 3}, {'b': 4}), eval('  \tx'))
g = {}
print(eval('len', g) is len, '__builtins__' in g)
print(eval(b'2 ** 10'))
for bad in [(1,), ('1', []), ('1', {}, 5)]:
    try:
        eval(*bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.filename, e.lineno)
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    eval('undefined_name')
except NameError as e:
    print('NameError:', e)
class M:
    def __getitem__(self, k):
        return k.upper()
print(eval('abc', {}, M()))
