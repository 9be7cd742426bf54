# Error cases of pow.
tests = [
    lambda: pow(2, 3, 0),
    lambda: pow(2, -1, 4),
    lambda: pow(2.0, 3, 5),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: (-8.0) ** 0.5 + 0,
    lambda: 10.0 ** 400,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
