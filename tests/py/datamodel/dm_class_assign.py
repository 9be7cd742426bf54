# Assigning __class__ between compatible classes changes behaviour, keeps the __dict__.
class Cat:
    def speak(self): return 'meow ' + self.name
class Dog:
    def speak(self): return 'woof ' + self.name
pet = Cat()
pet.name = 'rex'
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat), pet.__dict__)
class Slotted:
    __slots__ = ('a', 'b')
class Slotted2:
    __slots__ = ('a', 'b')
s = Slotted()
s.a = 1
s.__class__ = Slotted2
print(type(s).__name__, s.a)
class Sub(Dog):
    pass
pet.__class__ = Sub
print(pet.speak(), type(pet).__name__)
