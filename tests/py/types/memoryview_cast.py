# memoryview casts to multi-byte integer formats and their errors
m = memoryview(bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00\xff\xff\xff\xff')).cast('I')
print(m.tolist(), len(m), m.itemsize, m.nbytes, m.format, m[1], m.strides)
m[0] = 7; print(m.obj[:4], m.cast('B').tolist()[:4] if False else '')
print(memoryview(b'\xff\xff\xff\xff').cast('i').tolist(), memoryview(b'abcd').cast('H').tolist())
for bad in ["memoryview(b'abc').cast('I')", "memoryview(b'abcd').cast('x')", "memoryview(b'abcdefgh').cast('I').cast('H')", "memoryview(b'abcd')[::2].cast('H')"]:
    try: eval(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
