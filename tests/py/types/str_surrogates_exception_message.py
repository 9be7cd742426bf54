# An uncaught exception whose message holds a lone surrogate: standard error
# shows it with backslashreplace.
print(ascii(str(ValueError("bad \ud800"))))
e = KeyError("k\udc80")
print(ascii(str(e)), ascii(repr(e)))
try:
    raise ValueError("caught \udfff")
except ValueError as err:
    print(ascii(err.args[0]), len(err.args[0]))
raise ValueError("bad \ud800 value \udc80")
