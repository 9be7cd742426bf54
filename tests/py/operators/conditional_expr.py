# The conditional expression.
for n in (-1, 0, 1):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = [1] if True else 1 / 0
print(x)
print((lambda: "a")() if 1 else "b")
y = 10
print(y if y > 5 else -y, -y if y > 50 else y * 2)
