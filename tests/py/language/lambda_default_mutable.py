f = lambda item, acc=[]: (acc.append(item), acc)[1]
print(f(1), f(2))
print(f.__defaults__)
def make():
    return [lambda n=n: n * n for n in range(4)]
print([g() for g in make()])
adders = {}
for name in "abc":
    adders[name] = lambda s, name=name: name + s
print(adders["b"]("!"))
