# __annotations__ of a class body: order, only annotated names, unassigned annotations.
class A:
    x: int
    y: str = 'hi'
    z = 3
    w: 'list[int]' = []
print(A.__annotations__)
print(hasattr(A, 'x'), A.y, A.z)
print(list(A.__dict__['__annotations__']))
class B(A):
    v: float
print(B.__annotations__)
class C(A):
    pass
print(C.__annotations__, A.__annotations__ is not C.__annotations__)
class D:
    def m(self):
        pass
print(D.__annotations__)
