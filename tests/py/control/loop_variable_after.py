# Loop variables keep their last value after the loop.
for i in range(5):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError", e)
n = 0
while n < 7:
    n += 2
print(n)
