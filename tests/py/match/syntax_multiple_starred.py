# At most one starred name in a sequence pattern.
print("never printed")
match 1:
    case [*a, 1, *_]:
        pass
