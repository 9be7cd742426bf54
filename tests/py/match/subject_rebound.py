# Rebinding the subject's name (by a capture or by a walrus in a guard) does not change
# the subject the remaining patterns and cases see.
def capture_subject(s):
    match s:
        case [s] as whole if False:
            return "never"
        case [first, *rest] as s:
            return first, rest, s
    return s

def walrus_in_guard(s):
    match s:
        case [1, x] if (s := "rebound") and x > 5:
            return "big"
        case [1, y]:
            return ("still the list", y, s)
    return s

def inner_capture(s):
    match s:
        case {"s": s, "t": t}:
            return s, t
        case _:
            return "no"

print(capture_subject([1, 2, 3]))
print(capture_subject([9]))
print(walrus_in_guard([1, 2]))
print(walrus_in_guard([1, 9]))
print(inner_capture({"s": "inner", "t": 0}))
