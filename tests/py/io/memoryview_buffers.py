# readinto() into memoryviews and write() of them.
import io
from support.scratch import gone, remove_dir, scratch_dir

D = scratch_dir("memoryview_buffers")
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

remove_dir(D)
print("removed:", gone(D))
