# A literal pattern evaluates subject == literal: the subject's __eq__ runs first, its
# result is tested for truth, and NotImplemented falls back to the reflected operation.
class Loud:
    def __init__(self, answer):
        self.answer = answer
    def __eq__(self, other):
        print("  __eq__", repr(other))
        return self.answer

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v

for answer in [False, True, NotImplemented, Truthy(True), Truthy(False)]:
    print("answer", type(answer).__name__)
    match Loud(answer):
        case 1:
            print("matched 1")
        case "x":
            print("matched 'x'")
        case _:
            print("no match")
