# StopIteration from next() on exhausted iterators.
it = iter([1, 2])
print(next(it), next(it))
for target in (it, iter(""), iter({}), iter(range(0)), zip(), map(abs, []), enumerate([])):
    try:
        next(target)
    except StopIteration as e:
        print("StopIteration", repr(e), e.value)
print(next(iter([]), "default"))
