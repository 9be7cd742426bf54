# and/or return one of their operands, not a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" or [] or 0)
print([] and 1, [0] and "yes", "a" or "b", 0.0 or None)
print(not 1, not 0, not not "x")
def side(x):
    print("side", x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
print(True and False or True, not True or True, not (True or True))
