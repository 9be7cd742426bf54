# Overridden __contains__ and __len__ of a set subclass; set algebra ignores them.
class Everything(set):
    def __contains__(self, x):
        return True
    def __len__(self):
        return 1000

e = Everything([1])
print(5 in e, len(e), bool(Everything()), sorted(e | {2}), e == {1}, list(e))
print({1} <= e, sorted(e & {1, 5}), e.issuperset({1}))
