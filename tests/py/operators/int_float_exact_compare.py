# int/float comparisons are exact, even beyond 2**53.
big = 2 ** 53
print(big + 1 == float(big + 1), big + 1 > float(big + 1), float(big + 1) < big + 1)
print(10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16, 10 ** 16 == 1e16)
print(2 ** 1024 > float("1.7976931348623157e308"), -(2 ** 1024) < -1.7976931348623157e308)
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"), 2 ** 100 != float("nan"))
print(0 == -0.0, 5 <= 5.0, 4 < 4.5 < 5, -1 < -0.5)
print(max(2 ** 63, 9.3e18), min(-(2 ** 63), -9.3e18), sorted([1.5, 1, 2 ** 60, 1e18]))
