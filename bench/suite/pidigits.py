"""Pidigits: digits of pi from an unbounded big-integer spigot, checked against Machin's formula."""
import sys

PI_START = "314159265358979323846264338327950288419716939937510"


def spigot_digits(count):
    """Gibbons' streaming spigot: a linear fractional transform held in four big ints."""
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # Absorb terms until the transform's floor is the same at x=3 and x=4.
        digit = (3 * q + r) // t
        while digit != (4 * q + r) // t:
            q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
            k += 1
            digit = (3 * q + r) // t
        digits.append(digit)
        q, r = 10 * q, 10 * (r - digit * t)
    return "".join(map(str, digits))


def arctan_inverse(x, unity):
    """arctan(1/x) scaled by unity, summed as an alternating series of big ints."""
    total = term = unity // x
    x_squared = x * x
    n = 1
    while term:
        term //= x_squared
        n += 2
        total += -(term // n) if n % 4 == 3 else term // n
    return total


def machin_digits(count):
    """pi = 16 arctan(1/5) - 4 arctan(1/239), in fixed point with ten guard digits."""
    unity = 10 ** (count + 10)
    pi = 16 * arctan_inverse(5, unity) - 4 * arctan_inverse(239, unity)
    return str(pi // 10 ** 11)[:count]


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 10
for _ in range(loops):
    digits = spigot_digits(1500)
if not digits.startswith(PI_START) or digits != machin_digits(len(digits)):
    raise SystemExit("pidigits: the spigot and Machin's formula disagree")
print("pidigits: 1500 digits of pi end in", digits[-20:])
