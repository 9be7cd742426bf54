# A 10-million-iteration integer loop in a function (issue 2's speed check).
def main():
    total = 0
    i = 0
    while i < 10000000:
        total += i
        i += 1
    return total

result = main()
assert result == 49999995000000, result
print(result)
