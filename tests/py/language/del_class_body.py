class C:
    a = 1
    b = 2
    del a
print(hasattr(C, "a"), C.b)
class D:
    try:
        del missing
    except NameError as e:
        print(e)
