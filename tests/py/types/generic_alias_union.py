# list[int] (types.GenericAlias), int | str (types.UnionType), and PEP 560 bases
print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[()]), repr(tuple[int, ...]))
print(list[int] == list[int], hash(list[int]) == hash(list[int]), list[int] == list[str])
print(list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(list[int]([1, 2]), list[int].append is list.append)
print(type(list[int]).__module__, type(list[int]).__name__)
print(repr(int | str), repr(int | None), repr(None | int), (int | str) == (str | int))
print(repr(int | int), repr(int | list[int]), (int | str | float).__args__)
print(isinstance(1, int | str), isinstance(1.5, int | str), issubclass(bool, int | str))
print(type(int | str).__module__, type(int | str).__name__)
for bad in ("isinstance([], list[int])", "issubclass(list, list[int])",
            "int | 5", "isinstance(1, int | list[int])"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError:", e)


class C(list[int]):
    pass


print(C.__mro__, C.__orig_bases__, C([3]))


class D(dict[str, int], metaclass=type):
    pass


print(D.__bases__, D.__orig_bases__)
print(type[int], set[str], frozenset[bytes])
