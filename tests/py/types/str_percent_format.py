# printf-style % formatting of str: flags, width, precision, *, mapping keys and errors.
print("%5%|" % () if False else "%%|%s" % "x", "%(a)s %(b)r %(a)5s" % {"a": "x", "b": 1})
print("%#x %#o %#X %x %o" % (255, 8, 255, -255, -8), "%05d|%-5d|%+.3d|% 05.1f|%.3x" % (-42, 3, 7, 2.5, 5))
print("%#.0f %#g %g %.3g %e %E %G" % (1.0, 1.0, 1e-5, 123456, 0.0, 1.5, 1e-10))
print("%.2s|%5.1r|%-4s|%4s|%c%c" % ("abc", "x", "ab", "ab", "é", 0x20ac), "%d %i %u" % (True, 3.99, -3))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 4, 2, 2, 3.14159, 8, 3, 2.5), "%*d" % (-5, 1), "%.*f" % (-2, 1.5))
print("%s %s" % ([1], (2,)), "%s" % {"k": 1}, "abc" % [1], "abc" % {}, "%r" % b"a", "%a" % "\u20ac", "%s" % None)
print("%010.3f|%-+6.2f|%05s|%+s|%3c|" % (-3.14159, 1, "ab", "ab", "x"), "%F %f %05f" % (float("inf"), float("nan"), float("-inf")))
print("%ld %hd %Lf" % (1, 2, 3.5), "%x" % 2**70, "%d" % 2**70, "%.0e" % 12345, "%g" % 1e16, "%#.3g" % 1, "%.1f" % 0.25)
class I:
    def __index__(self):
        return 42
class F:
    def __float__(self):
        return 2.5
print("%x %d %c" % (I(), I(), I()), "%f" % F(), "%s" % I.__name__)
for fmt, args in [("%5%", ()), ("%5%", (1,)), ("%d", ("a",)), ("%y", (1,)), ("%d %d", (1,)), ("%*d", ("a", 1)), ("%s", (1, 2)),
                  ("%(a)s", 1), ("%(a", {}), ("%", ()), ("%5", (1,)), ("abc", 5), ("%x", 1.5), ("%c", 0x110000), ("%c", "ab"),
                  ("%f", "a"), ("%e", 2**2000), ("%d", 1e400), ("%d", float("nan")), ("%c", 65.0), ("%(a)s %s", {"a": 1}),
                  ("%s %s", {"a": 1}), ("%\u00e9", 1), ("%s %s", [1, 2]), ("%d", [1]), ("%c", -1), ("%(a)%", {"a": 1})]:
    try:
        print(repr(fmt % args))
    except (ValueError, TypeError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__, e)
