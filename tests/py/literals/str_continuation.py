# Backslash-newline in strings and long literal joining.
s = "abc\
def"
print(s)
t = ("one "
     "two "
     "three")
print(t)
u = """first
  second\
 third"""
print(u)
print(len(u))
