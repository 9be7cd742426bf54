# bool is a subclass of int with two instances.
print(bool(), bool(0), bool(2), bool(""), bool("0"), bool([]), bool(None))
print(True + 1, True * 3, True == 1, False == 0, isinstance(True, int))
print(repr(True), str(False), int(True), float(False), True.real, True.bit_length())
print(True & False, True | False, True ^ True, not True)
print(type(True).__mro__)
print(bool.__bases__, issubclass(bool, int), True.__class__.__name__)
print(str(True).upper(), f"{True}", f"{True:d}", f"{False:>5}")
