# TextIOWrapper with an encoding only the codec registry knows (cp1252, koi8_r).
import io
w = io.TextIOWrapper(io.BytesIO(), encoding='cp1252')
w.write('é€ok')
w.flush()
print(w.buffer.getvalue())
r = io.TextIOWrapper(io.BytesIO(b'\xf6\xd5\xcb\n2'), encoding='koi8_r')
print(r.readline(), r.read())
