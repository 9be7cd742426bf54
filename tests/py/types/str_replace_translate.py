# replace, translate and maketrans.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("", "-"), s.replace("x", "y"))
print("aaa".replace("a", "bb"), "abc".replace("", "|", 2), "abc".replace("abc", ""))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), sorted(table.items()))
table2 = str.maketrans({"a": "1", "b": None, "c": "33"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(table3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
