# A right operand of a subclass type that overrides the reflected comparison is tried first.
class Base:
    def __lt__(self, o): return 'Base.__lt__'
    def __gt__(self, o): return 'Base.__gt__'
    def __eq__(self, o): return 'Base.__eq__'
class Sub(Base):
    def __gt__(self, o): return 'Sub.__gt__'
    def __eq__(self, o): return 'Sub.__eq__'
class Plain(Base):
    pass
print(Base() < Sub(), Base() == Sub())
print(Sub() < Base(), Sub() == Base())
print(Base() < Plain(), Base() == Plain())
class Declining(Base):
    def __gt__(self, o):
        print('Declining.__gt__ tried first')
        return NotImplemented
print(Base() < Declining())
