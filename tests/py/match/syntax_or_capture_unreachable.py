# An irrefutable alternative must be the last one.
print("never printed")
match 1:
    case [x | 1]:
        pass
