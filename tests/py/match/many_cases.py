# Many cases and many alternatives (a dispatch table written as a match).
def opcode(name):
    match name:
        case "add" | "plus" | "+":
            return 1
        case "sub" | "minus" | "-":
            return 2
        case "mul" | "times" | "*":
            return 3
        case "div" | "over" | "/":
            return 4
        case "mod" | "%":
            return 5
        case "pow" | "**":
            return 6
        case "neg":
            return 7
        case "abs":
            return 8
        case str(s) if s.isdigit():
            return 100 + int(s)
        case _:
            return -1

print([opcode(n) for n in ["add", "+", "minus", "times", "/", "%", "**", "neg", "abs", "42", "?"]])
total = 0
for i in range(20000):
    match i % 4:
        case 0 | 1:
            total += 1
        case 2:
            total += 2
        case _:
            total += 3
print(total)
