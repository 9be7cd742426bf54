# split, rsplit, splitlines, join, partition, rpartition.
s = "  a  b c   "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("".split(), "".split(","), "abc".split("abc"), "x".split("x", 0))
print("l1\nl2\r\nl3\rl4\n".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(("1",)))
print("key=value=x".partition("="), "key".partition("="), "a=b=c".rpartition("="))
print("key".rpartition("="))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError", e)
