# A bank account simulation with classes and exceptions.
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance}, requested {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("transfer must be positive")
    src.withdraw(amount)
    dst.deposit(amount)
alice = Account("alice", 100)
bob = SavingsAccount("bob", 50, rate=0.05)
for src, dst, amt in [(alice, bob, 30), (bob, alice, 500), (alice, bob, -5), (bob, alice, 60)]:
    try:
        transfer(src, dst, amt)
        print(f"moved {amt} from {src.owner} to {dst.owner}")
    except InsufficientFunds as e:
        print("refused:", e)
    except ValueError as e:
        print("invalid:", e)
print("interest", bob.add_interest())
for acct in (alice, bob):
    print(acct.owner, f"{acct.balance:.2f}", acct.history)
