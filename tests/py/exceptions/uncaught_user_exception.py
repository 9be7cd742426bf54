# Uncaught user-defined exceptions show the class name and message.
class InsufficientFunds(Exception):
    pass
print("withdrawing")
raise InsufficientFunds("balance 10, need 25")
