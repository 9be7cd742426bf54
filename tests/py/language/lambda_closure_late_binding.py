def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    i = 99
    return fs
print([f() for f in make()])
def make2():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in make2()])
