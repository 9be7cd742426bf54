# Matching against something that is not a class fails when the case is tried.
print("before")
len_ = len
match [1]:
    case len_(x):
        print("never")
