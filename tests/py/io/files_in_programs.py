# Files as programs use them: with blocks, iteration, print(file=), writelines,
# objects dropped without close (flushed as CPython's finaliser does), big files.
P = "/tmp/ember-io-files_in_programs"

with open(P + ".txt", "w") as out:
    for i in range(5):
        print("row", i, i * i, sep=",", file=out)
    print(file=out)
    out.writelines(["tail-%d\n" % i for i in range(3)])
with open(P + ".txt") as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))
with open(P + ".txt") as f:
    print(f.readlines(10))
    print(f.readlines(), f.readlines())
with open(P + ".txt") as f:
    print(sum(1 for _ in f), f.read())

def write_and_drop(text):
    f = open(P + ".dropped", "w")
    f.write(text)

write_and_drop("flushed by the finaliser\n")
print(open(P + ".dropped").read(), end="")
open(P + ".dropped", "a").write("appended without close\n")
with open(P + ".dropped") as f:
    print(f.read(), end="")
b = open(P + ".dropped", "wb")
b.write(b"binary dropped")
del b
with open(P + ".dropped", "rb") as f:
    print(f.read())

# a file bigger than every buffer, read back in several ways
rows = ["%06d|%s\n" % (i, "x" * (i % 50)) for i in range(20000)]
with open(P + ".big", "w") as f:
    for r in rows:
        f.write(r)
with open(P + ".big") as f:
    got = f.readlines()
print(got == rows, len(got))
with open(P + ".big") as f:
    total = 0
    while True:
        chunk = f.read(4096)
        if not chunk:
            break
        total += len(chunk)
print(total == sum(map(len, rows)))
with open(P + ".big", "rb") as f:
    print(sum(1 for _ in f), f.tell())
with open(P + ".big") as f:
    f.readline()
    f.readline()
    print(f.tell(), f.readline())

try:
    with open(P + ".txt") as f:
        raise KeyError("inside with")
except KeyError as e:
    print("raised", e, f.closed)

import sys
print(sys.stdout.write("to stdout\n"))
for name in [P + ".txt", P + ".dropped", P + ".big"]:
    open(name, "w").close()
