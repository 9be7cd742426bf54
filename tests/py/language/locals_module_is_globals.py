print(locals() is globals())
a = 5
print(locals()["a"])
