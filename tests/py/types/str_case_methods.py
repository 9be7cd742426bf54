# Case conversion methods of str.
s = "hello World ß ǅ İstanbul"
print(s.upper())
print(s.lower())
print(s.swapcase())
print(s.title())
print(s.capitalize())
print(s.casefold())
print("ǆ".title(), "ﬁ".upper(), "ΣΑΣ".lower(), "they're bill's".title())
print("hello".capitalize(), "HELLO".capitalize(), "123abc".capitalize(), "".upper())
