# An uncaught exception raised inside a method.
class Parser:
    def parse(self, text):
        return int(text)
p = Parser()
print(p.parse("10"))
print(p.parse("ten"))
