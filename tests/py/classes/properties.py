# property getters, setters and read-only properties.
class Rect:
    def __init__(self, w, h):
        self._w = w
        self.h = h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, value):
        if value < 0:
            raise ValueError("negative width")
        self._w = value
    @property
    def area(self):
        return self._w * self.h
r = Rect(2, 3)
print(r.w, r.area)
r.w = 10
print(r.w, r.area)
try:
    r.w = -1
except ValueError as e:
    print("ValueError", e)
try:
    r.area = 5
except AttributeError as e:
    print("AttributeError", e)
