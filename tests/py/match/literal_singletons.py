# None, True and False patterns compare by identity, not ==.
def which(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "something else"

for v in [None, True, False, 1, 0, 1.0, 0.0, "", [], 1 == 1]:
    print(repr(v), which(v))

class AlwaysEqual:
    def __eq__(self, other):
        return True
    def __repr__(self):
        return "AlwaysEqual()"

print(which(AlwaysEqual()))
# ...while an ordinary literal pattern uses ==, so 1 matches True.
match True:
    case 1:
        print("True matched the literal 1")
match 1:
    case True:
        print("never")
    case _:
        print("1 is not True")
