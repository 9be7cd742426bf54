# str.encode with the strict handler on lone surrogates.
cases = ["\ud800", "a\udc80b", "\ud800\udbff", "x\ud83d\ude00", "\xe9\ud800"]
for s in cases:
    for enc in ("utf-8", "ascii", "latin-1", "utf-16", "utf-16-be", "utf-32-le"):
        try:
            print(enc, s.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, type(e).__name__, e)
print("\U0001f600".encode("utf-16-le"), "\U0001f600".encode("utf-8"))
try:
    "\ud800".encode("utf-8", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
