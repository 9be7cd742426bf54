# complex() from numbers and strings, and its arithmetic helpers.
print(complex(2), complex(2, 3), complex(1.5, -0.5), complex("2-3j"), complex(real=1, imag=2))
print(complex(1j, 1j), complex(1, 1j), abs(complex(-3, 4)), complex(2).conjugate())
try:
    complex("x", 1)
except TypeError as e:
    print("TypeError", e)
try:
    complex(None)
except TypeError as e:
    print("TypeError", e)
