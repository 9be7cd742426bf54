# Subclasses of the self-matching built-ins match themselves too, unless they define
# __match_args__.
class MyInt(int):
    pass

class Named(str):
    __match_args__ = ("upper_form",)
    @property
    def upper_form(self):
        return self.upper()

match MyInt(5):
    case MyInt(x):
        print(type(x).__name__, x)
match Named("abc"):
    case Named(u):
        print(u)
