# complex constructor, attributes and methods.
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex("3j"), complex(" -1.5-2j "))
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), -z)
print(complex(1.5), complex("inf+nanj"), complex(1, -0.0), complex(-0.0, 1))
print(repr(1e20j), repr(1e-20 + 1j), repr(complex(1e16, 1e16)))
for bad in ("1+", "j2", "abc", "1 + 2j"):
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
print(z == complex(3, 4), z != 3, (1 + 0j) == 1, hash(3 + 0j) == hash(3))
print(format(z, ""), format(1.5 + 2.25j, ".1f"), str(complex(0, 1)), str(complex(1, 0)))
