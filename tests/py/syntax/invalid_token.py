# A character that cannot start a token.
print("never printed")
x = 5 $ 3
