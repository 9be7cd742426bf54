# A small tokenizer for arithmetic expressions.
class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("NUM", src[start:i], start))
        elif c.isalpha() or c == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**", i))
            i += 2
        elif c in "+-*/()=,":
            tokens.append(Token("OP", c, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return tokens
for src in ["x = 3.5 * (y + 42)", "f(a, b) ** 2 - _tmp1", "1 + $"]:
    try:
        print([(t.kind, t.text, t.pos) for t in tokenize(src)])
    except SyntaxError as e:
        print("error:", e)
