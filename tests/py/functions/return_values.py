# Functions return None by default; return with tuples.
def nothing():
    pass
def bare():
    return
def pair():
    return 1, 2
def early(x):
    if x:
        return "early"
    print("fell through")
print(nothing(), bare(), pair(), early(1), early(0))
a, b = pair()
print(a, b)
