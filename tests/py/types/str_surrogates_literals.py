# Lone surrogates written as escapes in str literals.
s = "\ud800"
print(len(s), ascii(s), repr(s))
print(ascii("a\udc80b"), len("a\udc80b"))
print(ascii("\ud83d\ude00"), len("\ud83d\ude00"))
print("\ud83d\ude00" == "\U0001f600")
print(ascii("\U0000d800"), ascii("\uDFFF"))
# Implicit concatenation keeps each part's surrogates; raw parts stay text.
print(ascii("\ud800" "x" "\udc00"), len("\ud800" "\udc00"))
print(ascii(r"\ud800" "\ud800"))
# A real U+FFFD is not a surrogate.
print(ascii("\ufffd"), "\ufffd" == "\ud800")
print(ascii("\N{BULLET}\udbff"))
# f-strings.
x = 42
print(ascii(f"\ud800{x}\udfff"))
print(ascii(f"{x}\udc80"), ascii(f"\udc80"))
print(ascii(f"{{\ud800}}"))
print(ascii(rf"\ud800{x}"))
# Constants are folded and shared like other strs.
t = ("\ud800", "\ud800")
print(t[0] == t[1], ascii(t))
print(bool("\ud800"), not "\ud800")
