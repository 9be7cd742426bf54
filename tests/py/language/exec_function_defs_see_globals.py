ns = {}
exec("""
counter = 0
def bump():
    global counter
    counter += 1
    return counter
""", ns)
print(ns["bump"](), ns["bump"](), ns["counter"])
print(ns["bump"].__globals__ is ns)
