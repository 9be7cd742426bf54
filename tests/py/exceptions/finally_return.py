# return in finally overrides; finally runs on return and break.
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        1 / 0
    finally:
        return "swallowed"
print(h())
def k():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(k())
