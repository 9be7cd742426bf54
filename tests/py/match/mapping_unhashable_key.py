# A value-pattern key must be hashable.
class K:
    LIST = [1]
    GOOD = 2

for subject in [{2: "two"}, {}, {1: 1}]:
    try:
        match subject:
            case {K.GOOD: v}:
                print("good", v)
            case {K.LIST: v}:
                print("list key", v)
            case _:
                print("no match")
    except TypeError as e:
        print("TypeError:", e)
