class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1, 2])
t = (1, 2)
print(s[*t] if False else s[t])
print(s[1:2, 3])
