# 'literal' is an illegal expression for augmented assignment.
print("never printed")
1 += 2
