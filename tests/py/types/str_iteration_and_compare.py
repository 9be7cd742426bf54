# Iteration and comparison of str by code points.
print(list("héllo"), [ord(c) for c in "ab€"], "".join(reversed("abc")))
print(sorted(["b", "B", "a", "A", "é", "_", "1"]), max("hello"), min("hello"))
print("a" * 0 == "", "abc" < "abd" < "abe", "Z" < "a", chr(0x10FFFF) > "\uffff")
print(len("\U0010ffff"), "abc".__len__(), "x".__contains__("x"))
