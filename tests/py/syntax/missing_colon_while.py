# expected ':' after while.
print("never printed")
n = 0
while n < 3
    n += 1
