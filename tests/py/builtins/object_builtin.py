# object() instances are featureless.
a = object()
b = object()
print(a == a, a == b, a is not b, type(a) is object, isinstance(a, object))
print(hasattr(a, "__class__"), hasattr(a, "x"), callable(object))
