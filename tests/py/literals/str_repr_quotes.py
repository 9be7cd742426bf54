# repr chooses quotes like CPython.
print(repr("a'b"))
print(repr('a"b'))
print(repr("a'b\"c"))
print(repr("plain"))
print(repr("\\"))
print(repr("'"), repr('"'))
print(repr("tab\there"))
print(repr("\ud800"))
