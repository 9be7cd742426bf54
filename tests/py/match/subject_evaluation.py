# The subject is evaluated once; cases are tried in order until one matches.
calls = []

def subject():
    calls.append("subject")
    return [1, 2, 3]

class Probe:
    def __eq__(self, other):
        calls.append("eq")
        return False

match subject():
    case [1]:
        calls.append("one")
    case [1, 2]:
        calls.append("two")
    case [1, 2, 3] if calls.append("guard") is None:
        calls.append("three")
    case _:
        calls.append("never")
print(calls)

calls.clear()
match Probe():
    case 1 | 2 | 3:
        pass
    case _:
        pass
print(calls)

match 1, 2:
    case (a, b):
        print("a tuple subject", a, b)
match *[1, 2], 3:
    case [*init, last]:
        print(init, last)
