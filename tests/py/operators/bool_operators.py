# Arithmetic and bitwise operators on bools.
print(True + True, True - False, True * False, True / True, True // True)
print(True & True, True | False, True ^ True, ~True, -True, +False)
print(type(True & False).__name__, type(True + False).__name__, type(~True).__name__)
print(True == 1, False == 0, (True == 1) == 1, True > False)
print(sum([True, True, False]), True ** 10, 2 ** True)
