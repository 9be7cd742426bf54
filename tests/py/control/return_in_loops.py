# return from inside loops and try/finally in loops.
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1]))
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())
def break_finally():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(break_finally())
