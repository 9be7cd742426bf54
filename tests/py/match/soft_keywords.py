# match and case stay ordinary names outside a match statement.
match = [1, 2]
case = {"k": "v"}
print(match, case)
print(match[0])

def match(*args):
    return args

print(match(1, 2))
match match(3):
    case (case,):
        print("case =", case)
_ = "underscore is a normal name outside patterns"
match _:
    case str(_):
        print(_)
