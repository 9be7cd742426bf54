# The subclass-first rule also applies when the left operand is a builtin int.
class IntSub(int):
    def __radd__(self, other):
        return 'IntSub.__radd__'
    def __rsub__(self, other):
        return 'IntSub.__rsub__'
print(1 + IntSub(2), 5 - IntSub(1), IntSub(1) + 1)
class IntLt(int):
    def __gt__(self, other):
        return 'IntLt.__gt__'
print(1 < IntLt(2), IntLt(2) > 1)
