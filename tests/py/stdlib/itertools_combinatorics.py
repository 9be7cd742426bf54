# itertools.product, permutations, combinations and combinations_with_replacement.
import itertools as it


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


print(list(it.product('AB', 'xy')), list(it.product(range(2), repeat=3)))
print(list(it.product()), list(it.product('ab', [])), list(it.product('ab', repeat=0)))
print(list(it.product([1, 2], 'a', repeat=2)))
err(lambda: it.product(x=2))
err(lambda: it.product([1], repeat=-1))
err(lambda: it.product([1], repeat='a'))
err(lambda: it.product(1))

print(list(it.permutations('ABC', 2)), list(it.permutations(range(3))))
print(list(it.permutations([], 0)), list(it.permutations('ab', 3)), list(it.permutations('ab', 0)))
print(list(it.permutations('abc', r=None))[:3], len(list(it.permutations(range(5)))))
err(lambda: it.permutations([1], -1))
err(lambda: it.permutations([1], 'a'))
err(lambda: it.permutations())

print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations('ab', 3)), list(it.combinations('ab', 0)), list(it.combinations([], 0)))
print(len(list(it.combinations(range(10), 4))))
err(lambda: it.combinations([1], -1))
err(lambda: it.combinations([1]))
err(lambda: it.combinations([1], 'a'))

print(list(it.combinations_with_replacement('ABC', 2)))
print(list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement('ab', 0)), len(list(it.combinations_with_replacement(range(5), 3))))
err(lambda: it.combinations_with_replacement('a', -2))


class P(it.product):
    def extra(self):
        return 'extra'


p = P('ab', repeat=2)
print(type(p).__name__, p.extra(), list(p))


class Chain2(it.chain):
    def __next__(self):
        return super().__next__() * 2


print(list(Chain2([1, 2], [3])))
c = Chain2([5])
c.tag = 'attr'
print(c.tag, next(c))
try:
    class G(it._grouper):
        pass
except TypeError as e:
    print('TypeError', e)
