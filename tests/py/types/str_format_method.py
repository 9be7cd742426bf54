# str.format and format_map.
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format([1, 2], {"key": "v"}))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+} {:x} {:,}".format(3.14159, 5, 255, 1234567))
print("{{}} {}".format("braces"), "{!r} {!s} {!a}".format("é", "é", "é"))
print("{0:{1}.{2}f}".format(2.71828, 10, 3))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class P:
    x = 5
print("{0.x}".format(P()))
for bad in ("{", "{0} {2}", "{x}"):
    try:
        bad.format("only")
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
