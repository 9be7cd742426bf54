# isinstance() and issubclass() with single types and tuples.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", (int, str)), isinstance(None, (int, type(None))), isinstance([], ()))
print(isinstance(1, (float, (str, int))), isinstance(int, type), isinstance(5, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)))
print(issubclass(KeyError, (ValueError, LookupError)), issubclass(type, object))
for bad in (lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: isinstance(1, [int])):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
