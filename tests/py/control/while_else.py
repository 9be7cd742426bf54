# while with else: else runs only without break.
n = 0
while n < 3:
    n += 1
else:
    print("finished at", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        print("breaking at", n)
        break
else:
    print("not printed")
while False:
    pass
else:
    print("else of a loop that never ran")
