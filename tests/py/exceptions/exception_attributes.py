# Attributes set on exceptions and the with_traceback/__traceback__ basics.
e = ValueError("msg")
e.extra = 42
print(e.extra, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
si = StopIteration(7)
print(si.value, StopIteration().value)
se = SystemExit(3)
print(se.code, SystemExit().code, SystemExit("a", "b").code)
ke = KeyError("k")
print(ke.args[0])
