# A recursive-descent parser and evaluator for arithmetic with variables.
class Parser:
    def __init__(self, text, env):
        self.toks = text.replace("(", " ( ").replace(")", " ) ").split()
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value
    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value
    def factor(self):
        tok = self.take()
        if tok == "-":
            return -self.factor()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return value
        if tok is None:
            raise SyntaxError("unexpected end")
        if tok.isdigit():
            return int(tok)
        if tok in self.env:
            return self.env[tok]
        raise NameError(f"unknown variable {tok!r}")
env = {"x": 10, "y": 3}
for text in ["1 + 2 * 3", "( 1 + 2 ) * 3", "x % y - - 4", "x / ( y - 3 )", "2 * z", "( 1 + 2"]:
    try:
        print(text, "=", Parser(text, env).expr())
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(text, "->", type(e).__name__, e)
