# args, str and repr of exceptions with 0, 1 and many arguments.
for e in (Exception(), Exception("one"), Exception("a", 2), Exception(None), ValueError(3.5),
          KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(0), OSError(2, "No such file")):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
