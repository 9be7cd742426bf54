# f-strings with expressions of all kinds.
x = 42
name = "Ember"
items = [1, 2, 3]
print(f"x = {x}")
print(f"{name} has {len(name)} letters")
print(f"{x + 1} {x * 2} {x // 5} {x % 5}")
print(f"{items[0]}, {items[-1]}, {items}")
print(F"upper F {x}")
print(f"{{literal braces}} {x}")
print(f"{'nested quotes'}")
print(f"{x if x > 10 else 0}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda y: y * 2)(21)}")
print(f"" == "", f"plain")
