# Big integer arithmetic: factorials, binomials, digit sums, Fibonacci.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
def binomial(n, k):
    return factorial(n) // (factorial(k) * factorial(n - k))
f100 = factorial(100)
print(f100)
print(sum([int(d) for d in str(f100)]), len(str(f100)), str(f100).count("0"))
print(binomial(100, 50))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(a % 1000000007, a.bit_length(), a // 10 ** 60)
print(2 ** 521 - 1)
