# super() proxies reads only: assigning or deleting through it fails; data descriptors still apply.
class A:
    @property
    def p(self):
        return 'A.p of ' + type(self).__name__
    x = 'class A x'
class B(A):
    @property
    def p(self):
        return 'B.p -> ' + super().p
    def set_x(self):
        try:
            super().x = 5
        except AttributeError as e:
            print(type(e).__name__, e)
    def del_x(self):
        try:
            del super().x
        except AttributeError as e:
            print(type(e).__name__, e)
b = B()
print(b.p, super(B, b).x)
b.set_x()
b.del_x()
