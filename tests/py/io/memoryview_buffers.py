# readinto() into memoryviews and write() of them.
import io
import posix

# The files of this case live in a directory of their own, removed at the end.
D = "/tmp/ember-io-memoryview_buffers"


def remove_dir():
    try:
        for name in posix.listdir(D):
            posix.unlink(D + "/" + name)
        posix.rmdir(D)
    except FileNotFoundError:
        pass


remove_dir()
posix.mkdir(D)
P = D + "/data.bin"
with open(P, "wb") as f:
    f.write(b"0123456789")
buf = bytearray(4)
with open(P, "rb") as f:
    print(f.readinto(memoryview(buf)), buf)
    print(f.readinto(memoryview(buf)[1:3]), buf)
with open(P, "rb", buffering=0) as f:
    print(f.readinto(memoryview(buf)), buf)
    try:
        f.readinto(memoryview(b"xx"))
    except TypeError as e:
        print(e)
b = io.BytesIO(b"abcdef")
print(b.readinto(memoryview(buf)), buf)
with open(P, "wb") as f:
    print(f.write(memoryview(b"mv!")))
print(open(P, "rb").read())

remove_dir()
print("removed:", not any(n == D.rsplit("/", 1)[1] for n in posix.listdir("/tmp")))
