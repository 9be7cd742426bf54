# Type objects used as functions: list, tuple, dict, set, frozenset, str, int.
print(list(), tuple(), dict(), set(), frozenset(), str(), int(), float(), complex(), bool())
print(list(map(int, ["1", "2"])), list(map(float, ["1.5"])), list(map(str, [1, None])))
converters = [int, float, str, bool]
print([c("1") for c in converters])
print(sorted(map(tuple, [[2, 1], [1, 2]])))
