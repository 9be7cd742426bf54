# slice() used to index sequences.
s = slice(1, None, 2)
print("abcdef"[s], list(range(10))[s], (0, 1, 2, 3)[s])
lst = list(range(6))
lst[slice(0, 2)] = ["a", "b"]
del lst[slice(None, None, 3)]
print(lst, slice(3).indices(10))
