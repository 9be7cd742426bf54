# Exceptions raised in methods propagate through inheritance chains.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount}; balance is {self.balance}")
        self.balance -= amount
        return self.balance
class Savings(Account):
    def withdraw(self, amount):
        if amount > 100:
            raise PermissionError("limit is 100")
        return super().withdraw(amount)
s = Savings(150)
for amount in (50, 200, 120, 90):
    try:
        print("left", s.withdraw(amount))
    except (ValueError, PermissionError) as e:
        print(type(e).__name__, e)
