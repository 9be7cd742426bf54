def f():
    x = 1
    def g():
        return x
    del x
    try:
        g()
    except NameError as e:
        print(e)
f()
for i in range(3):
    pass
del i
print("i" in globals())
def h():
    for j in range(2):
        del j
    try:
        j
    except UnboundLocalError as e:
        print(e)
h()
