# bool cannot be subclassed; neither can other final built-in types.
for base in [bool, type(None), type(len), range, slice, type(lambda: 0)]:
    try:
        class X(base):
            pass
        print('created', base)
    except TypeError as e:
        print('TypeError', e)
