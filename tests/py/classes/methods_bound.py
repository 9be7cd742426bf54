# Bound and unbound methods.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def greet(self, name):
        return f"{self.greeting}, {name}"
g = Greeter("Hi")
bound = g.greet
print(bound("Ann"), Greeter.greet(g, "Bob"))
print(bound.__self__ is g, bound.__func__ is Greeter.greet, bound.__name__)
methods = [Greeter("Hello").greet, Greeter("Hey").greet]
print([m("x") for m in methods])
print(g.greet == g.greet, type(bound).__name__)
