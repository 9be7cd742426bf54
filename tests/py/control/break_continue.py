# break and continue in nested loops.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
total = 0
k = 0
while True:
    k += 1
    if k % 2:
        continue
    if k > 10:
        break
    total += k
print("total", total)
