# Each built-in exception type's own __new__ checks its class argument against itself.
class E(Exception):
    pass
for f in [lambda: ValueError.__new__(E), lambda: TypeError.__new__(E), lambda: OSError.__new__(E)]:
    try:
        f()
        print('created')
    except TypeError as e:
        print('TypeError', e)
