# tell/seek/truncate on text and binary files.
P = "/tmp/ember-io-seek_tell.txt"
with open(P, "w", encoding="utf-8") as f:
    print(f.tell())
    f.write("héllo\nwörld\n")
    print(f.tell())
    f.write("third line\n")
    print(f.tell())

with open(P, encoding="utf-8") as f:
    print(f.tell(), repr(f.readline()), f.tell(), repr(f.read(3)), f.tell())
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest, f.tell())
    print(f.seek(0), repr(f.read(1)), f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1))
    f.seek(7)
    print(repr(f.readline()))
    try:
        for line in f:
            f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    f.seek(0)
    for line in f:
        pass
    print(f.tell())

with open(P, "rb") as f:
    print(f.tell(), f.read(4), f.tell(), f.seek(2), f.read(2), f.seek(-3, 2), f.read(), f.tell())
    print(f.seek(1), f.seek(2, 1), f.tell(), f.peek(3)[:3], f.tell())
    print(f.read1(4), f.tell())
    try:
        f.seek(0, 5)
    except ValueError as e:
        print(e)

with open(P, "r+b") as f:
    f.seek(3)
    print(f.write(b"XY"), f.tell())
    print(f.read(3), f.tell())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(20)
    f.write(b"!")
    f.seek(0)
    print(f.read())
    print(f.truncate(), f.tell())

with open(P, "w+") as f:
    f.write("abc\ndef\n")
    print(f.tell())
    f.seek(0)
    print(f.readline(), f.tell())
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.truncate(2)
    print(repr(f.read()), f.tell())

with open(P, "w", newline="") as f:
    f.write("a\r\nb\r\nc")
with open(P) as f:
    print(repr(f.readline()), f.tell(), repr(f.read(1)), f.tell())

with open(P, "rb", buffering=0) as raw:
    print(raw.seek(2), raw.read(2), raw.tell(), raw.seek(-1, 2), raw.read())
