# Method resolution through single inheritance.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " (tiny)"
for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.speak(), a.kind(), isinstance(a, Dog), isinstance(a, Animal))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
