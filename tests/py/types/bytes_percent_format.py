# printf-style % formatting of bytes: %s/%b take buffers or __bytes__, %r/%a are ASCII, and bytes-specific errors.
class B:
    def __bytes__(self):
        return b"<B>"
print(b"%s|%b|%5s|%-4b|%.1s" % (b"x", bytearray(b"y"), b"ab", b"cd", b"ef"), b"%s %r %a" % (B(), "\u20ac", b"q"))
print(b"%d %i %u %x %X %o %#x %05d %+.2f %e %g %c %c %%" % (1, 2, 3, 255, 255, 8, 255, -7, 2.5, 1e10, 1e-5, 65, b"z"))
print(b"%(name)s=%(n)d" % {b"name": b"k", b"n": 3}, b"%*d|%-*s|" % (4, 1, 3, b"a"), b"abc" % [1], b"abc" % {})
for fmt, args in [(b"%s", (1,)), (b"%s", ("str",)), (b"%c", (256,)), (b"%c", (b"ab",)), (b"%c", (1.5,)), (b"%i", ("a",)),
                  (b"%f", ("a",)), (b"%x", (1.5,)), (b"x", 5), (b"%d %d", (1,)), (b"%y", (1,)), (b"%(a)s", 1), (b"%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
