# Augmented assignment error messages use the augmented operator symbol.
class A: pass
def attempt(label, fn):
    try:
        fn()
    except TypeError as e:
        print(label, e)
def iadd(): x = A(); x += 1
def isub(): x = 1; x -= A()
def ipow(): x = A(); x **= 2
def imatmul(): x = A(); x @= A()
def ior(): x = [1]; x |= A()
def ifloordiv(): x = A(); x //= 'a'
attempt('+=', iadd)
attempt('-=', isub)
attempt('**=', ipow)
attempt('@=', imatmul)
attempt('|=', ior)
attempt('//=', ifloordiv)
