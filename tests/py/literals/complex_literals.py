# Imaginary literals and complex reprs.
print(1j, 2.5j, 0j, 1e3j, 1_0j)
print(1 + 2j, 1 - 2j, -1j, -(1j))
print(type(1j).__name__)
print((1 + 2j).real, (1 + 2j).imag)
print(complex(1, 0), complex(0, 0), complex(-0.0, -0.0))
print(3 + 0j, 0.5 + 1.5j)
print(1e300j * 1e300)
print(repr(complex(1.5, -2.25)))
