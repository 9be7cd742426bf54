# Builtins can be shadowed, passed around and restored.
my_len = len
print(my_len("four"), my_len is len, len.__name__, print.__name__)
def shadow():
    max = 3
    return max
print(shadow(), max(1, 2))
len = lambda x: -1
print(len("abc"))
del len
print(len("abc"))
print(abs.__name__, type(abs).__name__)
