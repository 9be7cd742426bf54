# unterminated string literal.
print("never printed")
s = "abc
print(s)
