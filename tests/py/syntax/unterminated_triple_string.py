# unterminated triple-quoted string literal.
print("never printed")
s = """abc
more
