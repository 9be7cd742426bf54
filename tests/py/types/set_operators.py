# Set operators and comparisons.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= a, {1} < a, a < a, a >= {1, 2}, a > b, a == {4, 3, 2, 1})
c = set(a)
c |= {10}
c &= {1, 10, 3}
c -= {3}
c ^= {1, 2}
print(c)
print(set("aab") == {"a", "b"}, len(set([1, 1, 2])), set(range(5)))
print(sorted({"banana", "apple"} | {"cherry"}))
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
