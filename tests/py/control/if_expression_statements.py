# Statements on one line, semicolons and nested blocks.
x = 3; y = 4; print(x + y)
if x < y: print("x smaller")
for i in range(2): print("i", i); print("again", i)
while x: x -= 1; print("x", x)
if x == 0:
    if y == 4:
        if True:
            print("deep")
