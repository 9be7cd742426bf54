# str.encode error handlers on lone surrogates.
s = "a\udc80\ud800\xe9\U0001f600"
handlers = ["surrogateescape", "surrogatepass", "backslashreplace", "xmlcharrefreplace",
            "replace", "ignore"]
for enc in ("utf-8", "ascii", "latin-1", "utf-16-le", "utf-32-be"):
    for h in handlers:
        try:
            print(enc, h, s.encode(enc, h))
        except UnicodeEncodeError as e:
            print(enc, h, type(e).__name__, e)
print("\udc80\udcff".encode("utf-8", "surrogateescape"))
print("\ud83d\ude00".encode("utf-8", "surrogatepass"))
print("\ud83d\ude00".encode("utf-16-le", "surrogatepass"))
print(str("\ud800".encode("utf-8", "surrogatepass"), "utf-8", "surrogatepass") == "\ud800")
