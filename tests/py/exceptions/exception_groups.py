# ExceptionGroup / BaseExceptionGroup (PEP 654): construction, class choice, split, subgroup, errors
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(type(eg).__name__, eg, repr(eg), eg.message, eg.exceptions, eg.args)
beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__, isinstance(beg, Exception))
beg2 = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg2).__name__, isinstance(beg2, Exception))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m), repr(r))
for bad in ['ExceptionGroup("m", [])', 'ExceptionGroup(1, [ValueError()])', 'ExceptionGroup("m", [1])',
            'ExceptionGroup("m", [KeyboardInterrupt()])', 'ExceptionGroup("m", ValueError())']:
    try: eval(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
try:
    raise ExceptionGroup("raised", [OSError(2, 'x')])
except ExceptionGroup as e:
    print("caught", e, issubclass(ExceptionGroup, BaseExceptionGroup))
