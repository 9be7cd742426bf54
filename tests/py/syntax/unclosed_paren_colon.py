# A ':' inside an unclosed parenthesis on the last line: CPython says "invalid syntax".
def f(:
