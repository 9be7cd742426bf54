# invalid syntax. Perhaps you forgot a comma?
print("never printed")
print(1 2)
