# Recursive fib(30): the cost of Python-to-Python calls (issue 2's speed check).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

result = fib(30)
assert result == 832040, result
print(result)
