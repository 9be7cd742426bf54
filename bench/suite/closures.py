"""Closures: functions over captured and nonlocal variables, factories, decorators, lambdas."""
import sys


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def make_polynomial(*coefficients):
    def evaluate(x):
        result = 0
        for c in coefficients:
            result = result * x + c
        return result

    return evaluate


def compose(*functions):
    def composed(value):
        for function in reversed(functions):
            value = function(value)
        return value

    return composed


def memoize(function):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = function(n)
        return cache[n]

    return wrapper


def counting_calls(function):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return function(*args)

    wrapper.calls = lambda: calls
    return wrapper


def workload(rounds):
    counter = make_counter(10)
    square_plus = make_polynomial(1, 0, 1)
    cubic = make_polynomial(2, -3, 0, 5)
    pipeline = compose(lambda v: v % 1000003, square_plus, lambda v: v + 7, cubic)
    offsets = [lambda v, k=k: v + k for k in range(5)]

    @counting_calls
    def collatz_steps(n):
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        return steps

    steps = memoize(collatz_steps)
    total = 0
    for i in range(rounds):
        total += pipeline(i % 100) + counter(i % 3)
        total += offsets[i % 5](i) + steps(i % 500 + 1)
        total %= 1000000007
    return total, counter(0), collatz_steps.calls()


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 17
for _ in range(loops):
    result = workload(60000)
if result != (357958143, 60010, 500):
    raise SystemExit(f"closures: wrong result {result}")
print("closures: total %d, counter %d, collatz calls %d" % result)
