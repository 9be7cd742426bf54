# for with else and searching loops.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
for x in []:
    print("never")
else:
    print("empty loop else")
