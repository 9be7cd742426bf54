def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

for bad in (1, [1]):
    try:
        aiter(bad)
    except TypeError as e:
        print(e)
    try:
        anext(bad)
    except TypeError as e:
        print(e)

class NoAnext:
    def __aiter__(self):
        return 5

try:
    aiter(NoAnext())
except TypeError as e:
    print(e)
