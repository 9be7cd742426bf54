# strip family, padding and alignment methods.
s = "  xx hello xx  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("\t\n x \r".strip()))
print(repr("hi".center(7)), repr("hi".center(6, "*")), repr("hi".center(1)))
print(repr("hi".ljust(5)), repr("hi".rjust(5, "0")), repr("hi".ljust(1)))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "".zfill(3))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.txt".removesuffix(".txt"))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("ab\n\tc".expandtabs(3)))
