v = "module"
class K:
    v = "class"
    def get(self):
        return v
print(K().get(), K.v)
def f():
    v = "local"
    class L:
        print(v)
        v = "L"
        print(v)
    return L.v
print(f())
