# Left and right shifts, big and negative.
print(1 << 0, 1 << 1, 1 << 10, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 3, -5 << 70)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 100, -5 >> 1)
print((1 << 200) >> 199, (3 << 150) >> 150)
print(-(1 << 200) >> 100)
print(0 << 1000, 0 >> 5)
for bad in (lambda: 1 << -1, lambda: 1 >> -2):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
