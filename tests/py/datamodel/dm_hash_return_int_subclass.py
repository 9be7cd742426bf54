# __hash__ may return an int subclass; hash() gives the plain int value.
class IntSub(int):
    def __hash__(self):
        return 1000
class H:
    def __hash__(self):
        return IntSub(9)
r = hash(H())
print(r, type(r).__name__)
class B:
    def __hash__(self):
        return True
print(hash(B()), type(hash(B())).__name__)
