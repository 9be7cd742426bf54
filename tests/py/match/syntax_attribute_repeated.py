# A class pattern names each keyword attribute once.
print("never printed")
match 1:
    case complex(real=1, imag=2, real=3):
        pass
