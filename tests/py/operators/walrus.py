# The assignment expression.
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
i = 0
while (i := i + 1) < 4:
    print("loop", i)
print((a := 5) + a, a)
def f():
    print([last := k for k in range(3)], last)
f()
