# Comparisons with a list subclass: the subclass's reflected method goes first.
class Any(list):
    def __eq__(self, other):
        print('Any.__eq__', list(self), other)
        return True
    def __lt__(self, other):
        return 'lt'
    def __gt__(self, other):
        return 'gt'

a = Any([1])
print([2] == a)
print(a == [2])
print([2] < a, a < [2], a != [2])
class Plain(list):
    pass
print(Plain([1]) == [1], [1] == Plain([1]), Plain([1]) < [2], Plain() != [], [Plain([1])] == [[1]])
