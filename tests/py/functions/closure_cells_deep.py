# Cells shared between several inner functions and levels.
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = account(100)
dep(50)
wd(30)
print(get())
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()()
print(level1())
print(dep.__closure__ is not None, len(get.__closure__))
print(dep.__code__.co_freevars)
