class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
print(A(), [A()], (A(),), {"k": A()})
class Bad:
    def __str__(self):
        return 5
try:
    print(Bad())
except TypeError as e:
    print(e)
