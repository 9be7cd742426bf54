# Results that are exact integers across sizes.
for n in (0, 1, 2 ** 31, 2 ** 62, 2 ** 63, 2 ** 64, 10 ** 30):
    print(n, n * 2 - n == n, (n + 1) - 1, -n // 1, n % 1000000007, n.bit_length())
print(sum(range(100000)), 2 ** 64 - 2 ** 64, (2 ** 64) // (2 ** 32))
