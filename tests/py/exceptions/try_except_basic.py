# try/except catching by type, by base type and everything.
def risky(kind):
    if kind == 1:
        return 1 / 0
    if kind == 2:
        return [][1]
    if kind == 3:
        return {}["k"]
    if kind == 4:
        return int("x")
    return "fine"
for kind in range(5):
    try:
        print(risky(kind))
    except ZeroDivisionError:
        print("zero division")
    except LookupError as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__)
