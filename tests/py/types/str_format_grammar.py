# str.format: field names, nested specs, conversions, __format__, format_map and every error.
class P:
    x = 5
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{0[}]}".format({"}": 1}), "{[0]}".format([5]), "{.real}".format(3), "{0a}".format(**{"0a": 7}))
print("{a:{b}}".format(a=1, b=">5"), "{:{}}{}".format(1, 5, 2), "{0!r:^9}".format("x"), "{!s:{}}".format(1, 3))
print("{0.__class__.__name__}".format(1), "{0[-1]}".format({"-1": 2}), "{:%}".format(0.5), "{:,.2f}".format(1234.5))
print("{0:{1}{2}}".format(3.14159, ".", "2f"), "{}".format(P()), "{:abc}".format(P()), "{0!s}".format(P)[:8])
print("{:*^10}|{:<4d}|{:#x}|{:e}".format("mid", 7, 255, 12345.678), "{:b} {:o} {:c}".format(5, 8, 65))
print("{!a}".format("ü€"), "{0}{0}".format("ab"), "{}{{}}{}".format(1, 2), "}}{{".format())
print("{x}{y}".format_map({"x": 1, "y": [2]}), "{0[1]}".format("abc"), "{:>{w}}".format("r", w=4))
class D:
    def __getitem__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D()))
for fmt, args, kw in [("{0!}", (1,), {}), ("{!}", (1,), {}), ("{0!r", (1,), {}), ("{0!", (1,), {}), ("{", (), {}), ("x{", (), {}),
                      ("{0}", (), {}), ("{a", (), {"a": 1}), ("{a:{{}}}", (), {"a": 1}), ("{0:}}", (1,), {}), ("{0[0}", ([1],), {}),
                      ("{0.a.}", (1,), {}), ("{0[]}", ({"": 1},), {}), ("{a{}", (), {}), ("{0:{1}}", (1,), {}),
                      ("{99999999999999999999}", (), {}), ("{0}{x}", (1,), {}), ("{:", (1,), {}), ("{0!x}", (1,), {}),
                      ("{0[0]x}", ([1],), {}), ("{:d}", ("a",), {}), ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0}{}", (1, 2), {}),
                      ("{}{0}", (1, 2), {}), ("{0!rr}", (1,), {}), ("{0.}", (1,), {}), ("{a.b}", (), {"a": 1}), ("{0[5]}", ([1],), {}),
                      ("}", (), {}), ("{} {}", (1,), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(fmt, type(e).__name__, e)
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError", e)
try:
    "{a}".format_map(1)
except TypeError as e:
    print("TypeError", e)
