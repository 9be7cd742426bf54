# Order of __enter__/__exit__ calls with nesting, break and return.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
    def __exit__(self, *args):
        print(f"</{self.name}>")
with Tag("html"):
    with Tag("body"):
        print("content")
for i in range(3):
    with Tag(f"item{i}"):
        if i == 1:
            break
def g():
    with Tag("fn"):
        return "value"
print(g())
