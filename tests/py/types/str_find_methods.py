# find, rfind, index, rindex, count, startswith, endswith.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 1), s.find("a", 1, 3), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind("", 4))
print(s.index("c"), s.rindex("a"), s.count("a"), s.count("bra"), s.count(""), s.count("a", 5))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")))
print(s.endswith("bra"), s.endswith("cad", 0, 7), s.endswith(("a", "b")), s.endswith(""))
print(s.find("a", -3), s.count("a", -100, 100), "".find(""), "".count("a"))
for call in (lambda: s.index("z"), lambda: s.rindex("q")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
