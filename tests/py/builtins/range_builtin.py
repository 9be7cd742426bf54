# range() arguments and iteration.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(-3)), list(range(0, -6, -2)), list(range(1, 2, 5)))
print(sum(range(1, 1001)), len(range(3, 100, 7)), list(range(2 ** 64, 2 ** 64 + 2)))
for bad in (lambda: range(), lambda: range("1"), lambda: range(1, 2, 3, 4)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
