# zlib: one-shot and streaming compression, byte for byte as CPython's zlib; errors.
import zlib

data = b'hello world, hello zlib! ' * 40 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:12].hex(), zlib.crc32(c), zlib.decompress(c) == data)
raw = zlib.compress(data, wbits=-15)
gz = zlib.compress(data, 9, 31)
print(len(raw), len(gz), zlib.decompress(raw, -15) == data, zlib.decompress(gz, 47) == data)
print(zlib.crc32(b'abc'), zlib.crc32(b'abc', 5), zlib.adler32(b'abc'), zlib.adler32(b'abc', 7))
co = zlib.compressobj(5, zlib.DEFLATED, 15, 9, zlib.Z_FILTERED)
parts = [co.compress(data[:100]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[100:]), co.flush()]
print([len(p) for p in parts], zlib.crc32(b''.join(parts)))
stream = b''.join(parts)
do = zlib.decompressobj()
out = do.decompress(stream[:50])
out += do.decompress(stream[50:] + b'trailing')
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
first = do.decompress(stream, 10)
print(first, len(do.unconsumed_tail), do.eof)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == data, do.eof, do.flush())
zd = b'hello world'
cd = zlib.compressobj(zdict=zd)
cz = cd.compress(b'hello world hello') + cd.flush()
print(cz.hex(), zlib.decompressobj(zdict=zd).decompress(cz))
co = zlib.compressobj()
co.compress(b'abc')
c2 = co.copy()
print(co.flush() == c2.flush())
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'xyz')[:5]), do.flush(), do.eof)
for bad in [lambda: zlib.decompress(b'not zlib'), lambda: zlib.decompress(zlib.compress(data)[:20]),
            lambda: zlib.compress(b'x', 12), lambda: zlib.compressobj(wbits=99),
            lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompress('str')]:
    try:
        bad()
    except (zlib.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.ZLIB_VERSION[:2])
