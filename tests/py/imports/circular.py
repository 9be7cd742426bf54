# circular imports: attribute access works after both finish; from-import of a name
# not yet defined fails with CPython's message
import support.circ_a
print(support.circ_a.use_b(), support.circ_b.use_a())
print(support.circ_a.support.circ_b.B)
try:
    import support.circ_bad_a
except ImportError as e:
    print(type(e).__name__, str(e).split(" (/")[0], e.name)
import sys
print("support.circ_bad_a" in sys.modules, "support.circ_bad_b" in sys.modules)
