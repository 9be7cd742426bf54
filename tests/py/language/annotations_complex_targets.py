class C:
    pass
c = C()
c.attr: int = 3
d = {}
d["k"]: str = "v"
(paren): float = 1.5
print(c.attr, d, paren)
print(__annotations__)
