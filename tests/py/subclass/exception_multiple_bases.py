# Exceptions with two exception bases are caught as either.
class LookupValue(KeyError, ValueError):
    pass

for catch in [KeyError, ValueError, LookupError]:
    try:
        raise LookupValue('k')
    except catch as e:
        print(catch.__name__, type(e).__name__, e, [c.__name__ for c in type(e).__mro__])

class OSKey(OSError, KeyError):
    pass
e = OSKey(2, 'no such thing')
print(type(e).__name__, e.errno, e.strerror, isinstance(e, KeyError))
