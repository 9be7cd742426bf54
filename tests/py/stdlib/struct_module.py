# struct.py re-exports _struct.
import struct

print(struct.pack('>hq', 1, 2), struct.unpack('<i', b'\x01\x00\x00\x00'), struct.calcsize('@iq'))
print(struct.Struct('3s').unpack(b'abc'), struct.error.__module__)
try:
    struct.pack('z')
except struct.error as e:
    print('error', e)
