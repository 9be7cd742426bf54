# Comparison operators on numbers, strings and sequences.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5.0, 5 != 5)
print("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a", "é" > "z")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] == [])
print((1, 2) == (1, 2), [1, 2] == (1, 2), (1,) != (1, 0))
print(1 == 1.0 == True, 0 == False, 1 + 0j == 1)
print(float("nan") < 1, float("nan") >= 1, float("inf") > 10 ** 300)
print(b"abc" < b"abd", b"a" == b"a", None == 0, None != None)
