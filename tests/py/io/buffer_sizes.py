# When written data reaches the file: the text layer's chunk and the buffer sizes.
import posix

# The files of this case live in a directory of their own, removed at the end.
D = "/tmp/ember-io-buffer_sizes"


def remove_dir():
    try:
        for name in posix.listdir(D):
            posix.unlink(D + "/" + name)
        posix.rmdir(D)
    except FileNotFoundError:
        pass


remove_dir()
posix.mkdir(D)
P = D + "/data.txt"
def size():
    with open(P, "rb") as g:
        return len(g.read())
for sizes in [[100] * 100, [5000, 5000, 5000], [8191, 1, 1], [8192], [9000], [3000] * 6, [4095, 2], [1] * 10000]:
    f = open(P, "w")
    seen = []
    for n in sizes:
        f.write("x" * n)
        seen.append(size())
    f.close()
    print(sizes[:3], len(sizes), seen[:12], seen[-3:], size())
for bs in [2, 10, 100]:
    f = open(P, "wb", buffering=bs)
    seen = []
    for n in [3, 8, 20, 200, 5]:
        f.write(b"y" * n)
        seen.append(size())
    f.close()
    print(bs, seen)
f = open(P, "w", buffering=7)
seen = []
for n in [3, 8, 20, 200, 5]:
    f.write("z" * n)
    seen.append(size())
print(seen)
f.close()

remove_dir()
print("removed:", not any(n == D.rsplit("/", 1)[1] for n in posix.listdir("/tmp")))
