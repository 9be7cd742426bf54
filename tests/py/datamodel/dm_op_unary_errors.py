# Unary operators and abs() on objects lacking the dunder raise "bad operand type".
class A: pass
for label, fn in [('-', lambda: -A()), ('+', lambda: +A()), ('~', lambda: ~A()),
                  ('abs', lambda: abs(A())), ('~float', lambda: ~1.5), ('-str', lambda: -'s')]:
    try:
        fn()
    except TypeError as e:
        print(label, type(e).__name__, e)
