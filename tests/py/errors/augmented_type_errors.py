# Augmented assignment errors use the augmented operator in the message.
x = 1
try:
    x += "a"
except TypeError as e:
    print("TypeError", e)
s = "a"
try:
    s -= "b"
except TypeError as e:
    print("TypeError", e)
lst = [1]
try:
    lst *= 1.5
except TypeError as e:
    print("TypeError", e)
try:
    lst += 5
except TypeError as e:
    print("TypeError", e)
n = None
try:
    n **= 2
except TypeError as e:
    print("TypeError", e)
