"""Writes generated_unicode.rs from CPython 3.11's Unicode database.

Run from this folder: python3 gen_unicode.py > generated_unicode.rs && rustfmt generated_unicode.rs
"""
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate from CPython 3.11"

ranges = []
start = None
for c in range(0x110000):
    printable = chr(c).isprintable()
    if not printable and start is None:
        start = c
    if printable and start is not None:
        ranges.append((start, c - 1))
        start = None
if start is not None:
    ranges.append((start, 0x10FFFF))

zeros = [c for c in range(0x110000) if unicodedata.decimal(chr(c), -1) == 0]
for z in zeros:
    assert all(unicodedata.decimal(chr(z + i), -1) == i for i in range(10))
assert sum(unicodedata.decimal(chr(c), -1) >= 0 for c in range(0x110000)) == 10 * len(zeros)
spaces = [c for c in range(0x110000) if chr(c).isspace()]

print("//! Unicode tables from CPython %s (Unicode %s); do not edit; regenerate with"
      % (sys.version.split()[0], unicodedata.unidata_version))
print("//! `python3 gen_unicode.py > generated_unicode.rs && rustfmt generated_unicode.rs`.")
print("//! The `str_repr` golden test covers every boundary of `NON_PRINTABLE`, so a stale")
print("//! table fails it.")
print()
print("/// Inclusive ranges of the code points for which `str.isprintable()` is false")
print("/// (categories Cc Cf Cs Co Cn Zl Zp Zs, except the space), sorted.")
print("pub(super) const NON_PRINTABLE: &[(u32, u32)] = &[")
for a, b in ranges:
    print("    (0x%04X, 0x%04X)," % (a, b))
print("];")
print()
print("/// The code points with decimal value 0; digits 1 to 9 follow each one.")
print("pub(super) const DECIMAL_ZEROS: &[u32] = &[")
for z in zeros:
    print("    0x%04X," % z)
print("];")
print()
print("/// The code points for which `str.isspace()` is true.")
print("pub(super) const SPACES: &[u32] = &[")
for c in spaces:
    print("    0x%04X," % c)
print("];")
