# Errors from super(): wrong types, no arguments at module level, missing attributes.
class A:
    pass
class B(A):
    pass
try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(5, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, B()).nothing
except AttributeError as e:
    print(type(e).__name__, e)
def plain(self):
    return super().x
try:
    plain(B())
except RuntimeError as e:
    print(type(e).__name__, e)
