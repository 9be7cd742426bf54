# Bit operations on small ints, including negatives.
for a in (0, 5, -5, 12, -12, 255):
    for b in (3, -3, 0, 8):
        print(a, b, a & b, a | b, a ^ b)
print(True & False, True | False, True ^ True, type(True & True).__name__)
