# Strings slice like other sequences.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[3:3], s[100:])
print(s[-5:], s[1:-1], s[::-3], s[-1:-6:-1])
print("".join([s[i] for i in range(0, len(s), 3)]))
print("abc"[5:1], "abc"[1:100], "日本語テキスト"[2:5])
