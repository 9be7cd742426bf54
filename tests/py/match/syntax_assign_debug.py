# __debug__ cannot be captured.
print("never printed")
match 1:
    case [__debug__]:
        pass
