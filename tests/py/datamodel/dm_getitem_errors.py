# Subscript errors for objects missing __getitem__, __setitem__ or __delitem__.
class GetOnly:
    def __getitem__(self, k): return k
class Nothing: pass
def attempt(label, fn):
    try:
        fn()
        print(label, 'ok')
    except TypeError as e:
        print(label, type(e).__name__, e)
def set_item(o): o[0] = 1
def del_item(o): del o[0]
attempt('get', lambda: Nothing()[0])
attempt('set', lambda: set_item(GetOnly()))
attempt('del', lambda: del_item(GetOnly()))
attempt('set nothing', lambda: set_item(Nothing()))
attempt('del nothing', lambda: del_item(Nothing()))
attempt('class', lambda: Nothing[0])
five = 5
attempt('int', lambda: five[0])
attempt('tuple set', lambda: set_item((1,)))
attempt('str del', lambda: del_item('ab'))
