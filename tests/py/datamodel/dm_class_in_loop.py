# Each execution of a class statement creates a new, independent class.
made = []
for i in range(3):
    class K:
        n = i
        def get(self):
            return self.n
    made.append(K)
print([k.n for k in made], [k().get() for k in made])
print(made[0] is made[1], made[0].__qualname__, made[2].__name__)
made[0].n = 'changed'
print([k.n for k in made])
print(isinstance(made[1](), made[0]))
