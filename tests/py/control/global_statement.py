# global rebinds module names from functions.
counter = 0
def bump():
    global counter
    counter += 1
def make():
    global created
    created = "yes"
for _ in range(3):
    bump()
print(counter)
make()
print(created)
def reader():
    return counter * 10
print(reader())
def shadow():
    counter = 99
    return counter
print(shadow(), counter)
