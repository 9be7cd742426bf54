# compile: exec, eval and single modes, filenames in errors, bad modes and arguments.
c = compile('1 + 2', 'expr.py', 'eval')
print(type(c).__name__, eval(c), eval(c))
c = compile('for i in range(3): print(i)', 'loop.py', 'exec')
exec(c)
c = compile('4 * 5', '<stdin>', 'single')
exec(c)
try:
    compile('1', 'f', 'bogus')
except ValueError as e:
    print('ValueError:', e)
try:
    compile('x = = 1', 'bad.py', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg, e.filename, e.lineno)
try:
    compile('a\0b', 'f', 'exec')
except ValueError as e:
    print('ValueError:', e)
try:
    compile(5, 'f', 'exec')
except TypeError as e:
    print('TypeError:', e)
try:
    compile('x = 1\ny = 2', 'f', 'eval')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
c = compile('assert False, "kept"', 'f', 'exec', optimize=1)
exec(c)
print('assert removed at optimize=1')
