# newline= on reading and writing text files, newlines, readline limits.
P = "/tmp/ember-io-text_newlines.txt"
data = "a\nb\r\nc\rd\n\ne"

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, "w", newline=nl) as f:
        f.write(data)
    with open(P, "rb") as f:
        print("write", repr(nl), f.read())

with open(P, "w", newline="") as f:
    f.write(data)
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, newline=nl) as f:
        lines = list(f)
        print("read", repr(nl), lines, f.newlines)
    with open(P, newline=nl) as f:
        print("   all", repr(f.read()), f.newlines)

with open(P, "w", newline="") as f:
    f.write("only\rcarriage\rreturns\r")
with open(P) as f:
    print(f.readlines(), f.newlines)
with open(P, "w", newline="") as f:
    f.write("mixed\r\nand\nnot\r")
with open(P) as f:
    print(f.read(), f.newlines)

with open(P, "w") as f:
    f.write("0123456789\nabcdefghij\nxyz")
with open(P) as f:
    print(repr(f.readline(3)), repr(f.readline(0)), repr(f.readline(-1)))
    print(repr(f.readline(100)), repr(f.readline(2)), repr(f.readline()), repr(f.readline()))
    print(repr(f.readline(None)) if False else "", f.readlines())

# a \r\n split across the 8192-byte read chunks
with open(P, "w", newline="") as f:
    f.write("x" * 8191 + "\r\n" + "tail\r\n")
for nl in [None, "", "\r\n"]:
    with open(P, newline=nl) as f:
        print(repr(nl), [len(l) for l in f], f.newlines)

with open(P, "w") as f:
    f.write("line one\nline two\n")
    print(f.newlines)
with open(P, "w", 1, newline="\r\n", encoding="utf-8") as f:
    print(f.line_buffering)
    f.write("lb\n")
    with open(P, "rb") as g:
        print("line_buffering flushed:", g.read())
    f.write("no newline")
    with open(P, "rb") as g:
        print("still buffered:", g.read())
try:
    open(P, "w", write_through=True)
except TypeError as e:
    print(e)
import _io
with _io.TextIOWrapper(open(P, "wb"), write_through=True) as f:
    print(f.write_through, f.line_buffering)
    f.write("through")
    with open(P, "rb") as g:
        print("write_through:", g.read())
