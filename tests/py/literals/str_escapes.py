# Every escape sequence in a str literal.
s = "\\ \' \" \a \b \f \n \r \t \v"
print([ord(c) for c in s if c != ' '])
print(repr("\x41\x7a\x00"))
print("\101\102\103", repr("\0"), repr("\7"), repr("\077"))
print("\u00e9\u4e2d\U0001F600" == "é中😀")
print(len("\U0001F600"), ord("\U0001F600"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{GREEK SMALL LETTER ALPHA}")
print("line1\
line2")
print(repr("\t\n\r"))
