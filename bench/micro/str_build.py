# Building strings: `s += "x"` a million times and joining a million str(i) (issue 2).
def main():
    parts = []
    s = ""
    for i in range(1000000):
        s += "x"
        parts.append(str(i))
    return len(s), len("".join(parts))

result = main()
assert result == (1000000, 5888890), result
print(result)
