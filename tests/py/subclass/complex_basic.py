# A complex subclass.
class C(complex):
    def magnitude(self):
        return abs(self)

z = C(3, 4)
print(z, repr(z), type(z).__name__, z.magnitude(), z.real, z.imag, z.conjugate())
for r in [z + 1, 1 + z, z * 1j, z - z, -z, z / 2]:
    print(r, type(r).__name__)
print(z == complex(3, 4), hash(z) == hash(3 + 4j), C('1+2j'), C(), complex(z), type(complex(z)).__name__)
z.tag = 'pt'
print(z.tag, vars(z))
