# Formatting text that holds lone surrogates: %, str.format, format() and f-strings.
s = "a\ud800"
print(ascii("<%s>" % s), ascii("%r" % s), ascii("%a" % s))
print(ascii("%5s|%-5s|%.2s|" % (s, s, "\udc80xyz")))
print(ascii("%c%c" % (0xd800, "\udfff")), ascii("\ud800%s" % "x"))
print(ascii("%(k)s" % {"k": "\udc80"}))
print(ascii("{}-{!r}-{!s}".format(s, s, s)), ascii("{0}\udc80{0}".format(1)))
print(ascii("{:>5}|{:^6}|{:.1}".format(s, s, s)))
print(ascii(format(s, "<4")), ascii(format(s, "")), ascii(format(0xd800, "c")))
print(ascii(format(0xdc80, ">3c")), ascii(f"{0xd800:c}"))
print(ascii(f"{s}|{s!r}|{s:>4}|{s:.1}"))
x = "\udfff"
print(ascii(f"[{x}{x}]"), len(f"{x}{x}"))
print(ascii(str(s)), str(s) == s, ascii(str([s])))
print(ascii("{}".format(ValueError("\ud800"))))
