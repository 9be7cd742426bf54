def outer():
    x = 1
    y = 2
    def inner():
        z = x
        return sorted(locals())
    print(sorted(locals()))
    return inner()
print(outer())
