# memoryview over bytes and bytearray: items, slices as views, writes, release, casts
m = memoryview(b'abcdef')
print(repr(m)[:10], len(m), m[0], m[1:3].tobytes(), m.tolist()[:2], m.hex(), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m[::2].tobytes(), m[-1])
ba = bytearray(b'xyz'); mv = memoryview(ba); mv[0] = 65; mv[1:3] = b'BC'; print(ba, mv == b'ABC', mv == ba, hash(m) == hash(b'abcdef'))
try: m[0] = 1
except TypeError as e: print(e)
try: memoryview('s')
except TypeError as e: print(e)
m.release()
try: len(m)
except ValueError as e: print(e)
try: mv[5]
except IndexError as e: print(e)
try: hash(mv)
except ValueError as e: print(e)
print(bytes(memoryview(b'q')), list(memoryview(b'ab')), b''.join([memoryview(b'a'), b'b']), bytearray(memoryview(b'z')))
with memoryview(b'x') as w: print(w.tobytes())
print(memoryview(b'ab').cast('c').tolist(), memoryview(b'ab').toreadonly().readonly, type(memoryview(b'')).__name__, isinstance(memoryview(b''), memoryview))
