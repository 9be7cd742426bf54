# while conditions with and/or/not and walrus.
items = [5, 3, 0, 8]
i = 0
while i < len(items) and items[i] != 0:
    print("item", items[i])
    i += 1
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
n = 10
while not n < 0:
    n -= 4
print(n)
