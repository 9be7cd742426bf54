# try/except inside loops with continue and break.
results = []
for v in ["1", "x", "3", "", "5"]:
    try:
        n = int(v)
    except ValueError:
        results.append(None)
        continue
    if n == 5:
        break
    results.append(n)
else:
    results.append("no break")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry")
        break
    except ConnectionError as e:
        print("attempt", attempts, e)
print("succeeded after", attempts)
