# Recursive functions.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(fact(30))
print([fib(i) for i in range(15)])
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(7))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
