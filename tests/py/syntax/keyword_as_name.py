# A keyword used as an assignment target.
print("never printed")
class = 5
