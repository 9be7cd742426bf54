# When written data reaches the file: the text layer's chunk and the buffer sizes.
from support.scratch import gone, remove_dir, scratch_dir

D = scratch_dir("buffer_sizes")
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

remove_dir(D)
print("removed:", gone(D))
