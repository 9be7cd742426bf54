# Statistics over a week of readings: mean, median, variance, running max.
readings = {"mon": [12.5, 14.1, 13.9], "tue": [15.0, 16.2], "wed": [9.8, 11.1, 10.4, 12.0],
            "thu": [], "fri": [20.5], "sat": [18.25, 19.75], "sun": [17.0, 16.5, 18.0]}
def mean(xs):
    if not xs:
        raise ZeroDivisionError("mean of empty data")
    return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
for day, xs in readings.items():
    try:
        print(f"{day}: mean={mean(xs):.2f} median={median(xs):.2f} n={len(xs)}")
    except ZeroDivisionError as e:
        print(f"{day}: no data ({e})")
allv = [x for xs in readings.values() for x in xs]
m = mean(allv)
var = sum([(x - m) ** 2 for x in allv]) / (len(allv) - 1)
print(f"overall mean {m:.3f} variance {var:.3f} stdev {var ** 0.5:.3f}")
running, best = [], float("-inf")
for x in allv:
    best = max(best, x)
    running.append(best)
print(running)
