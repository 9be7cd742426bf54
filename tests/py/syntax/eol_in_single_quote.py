# unterminated string literal with single quotes.
print("never printed")
name = 'ember
print(name)
