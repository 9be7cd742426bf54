# pass in every block kind.
def f():
    pass
class C:
    pass
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), C.__name__, "done")
