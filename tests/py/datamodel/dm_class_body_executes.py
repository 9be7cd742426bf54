# A class body runs once, top to bottom, with control flow and deletion of names.
print('before')
class A:
    print('in body')
    total = 0
    for i in range(4):
        total += i
    if total > 3:
        big = True
    else:
        small = True
    tmp = 'gone'
    del tmp
    def f(self):
        return self.total
print('after', A.total, A.i, hasattr(A, 'big'), hasattr(A, 'small'), hasattr(A, 'tmp'))
print(A().f())
