# &, |, ^ and ~ on big ints of both signs (two's complement semantics).
a = (1 << 130) + 12345
b = (1 << 100) - 1
for x in (a, -a):
    for y in (b, -b, 7, -7):
        print(x & y, x | y, x ^ y)
print(~a, ~(-a))
print(-(2 ** 64) & (2 ** 64 - 1), -(2 ** 64) | 1)
print(hex(((1 << 128) - 1) ^ (1 << 64)))
