# str is immutable and its methods raise TypeErrors for bad arguments.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
for call in (lambda: s.find(1), lambda: s.startswith(["a"]), lambda: s + None,
             lambda: s.center(5, "ab"), lambda: s.zfill("3"), lambda: "x" * "y"):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
