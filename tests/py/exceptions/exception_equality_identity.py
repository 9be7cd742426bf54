# Exceptions compare by identity.
a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a != b, a.args == b.args)
errors = []
for i in range(3):
    try:
        raise IndexError(i)
    except IndexError as e:
        errors.append(e)
print([e.args[0] for e in errors])
