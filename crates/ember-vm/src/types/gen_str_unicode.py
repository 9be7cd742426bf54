"""Writes generated_str_unicode.rs: the Unicode tables behind str's predicates and case
mappings, from CPython 3.11's Unicode database.

Run from this folder:
    python3 gen_str_unicode.py > generated_str_unicode.rs && rustfmt generated_str_unicode.rs
The unit test `types::str_unicode::tests::tables_are_current` regenerates and compares
when a CPython 3.11 is on PATH.
"""
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate from CPython 3.11"


def ranges(pred):
    out = []
    start = None
    for c in range(0x110000):
        p = pred(chr(c))
        if p and start is None:
            start = c
        if not p and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, 0x10FFFF))
    return out


def rust_str(s):
    return '"' + "".join("\\u{%x}" % ord(ch) for ch in s) + '"'


TABLES = [
    ("ALPHA", "`str.isalpha()` (categories Lm Lt Lu Ll Lo)", str.isalpha),
    ("DIGIT", "`str.isdigit()` (Numeric_Type Digit or Decimal)", str.isdigit),
    ("NUMERIC", "`str.isnumeric()` (any Numeric_Type)", str.isnumeric),
    ("LOWER", "`str.islower()` of one character (the Lowercase property)", str.islower),
    ("UPPER", "`str.isupper()` of one character (the Uppercase property)", str.isupper),
    ("TITLE", "titlecase letters (category Lt)", lambda c: unicodedata.category(c) == "Lt"),
    ("CASED", "cased characters (Lowercase, Uppercase or Lt)",
     lambda c: c.islower() or c.isupper() or unicodedata.category(c) == "Lt"),
    ("CASE_IGNORABLE", "case-ignorable characters (for the final sigma rule)",
     lambda c: unicodedata.category(c) in ("Mn", "Me", "Cf", "Lm", "Sk")
     or c in "'.:^`\u00ad\u00b7\u0387\u055f\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a"),
    ("XID_START", "identifier start characters (`c.isidentifier()`)", str.isidentifier),
    ("XID_CONTINUE", "identifier continue characters", lambda c: ("a" + c).isidentifier()),
]

print("//! Unicode tables for str's predicates and case mappings, from CPython %s (Unicode %s);"
      % (sys.version.split()[0], unicodedata.unidata_version))
print("//! do not edit; regenerate with")
print("//! `python3 gen_str_unicode.py > generated_str_unicode.rs && rustfmt generated_str_unicode.rs`.")
print()
for name, doc, pred in TABLES:
    print("/// Inclusive code point ranges of %s, sorted." % doc)
    print("pub(super) const %s: &[(u32, u32)] = &[" % name)
    for a, b in ranges(pred):
        print("    (0x%04X, 0x%04X)," % (a, b))
    print("];")
    print()

print("/// Characters whose full titlecase mapping differs from their uppercase mapping.")
print("pub(super) const TITLE_MAP: &[(u32, &str)] = &[")
for c in range(0x110000):
    ch = chr(c)
    if ch.title() != ch.upper():
        print("    (0x%04X, %s)," % (c, rust_str(ch.title())))
print("];")
print()
print("/// Characters whose full case folding differs from their lowercase mapping.")
print("pub(super) const FOLD_MAP: &[(u32, &str)] = &[")
for c in range(0x110000):
    ch = chr(c)
    if ch.casefold() != ch.lower():
        print("    (0x%04X, %s)," % (c, rust_str(ch.casefold())))
print("];")
print()
print("/// Full uppercase mappings of the characters that map to something else.")
print("pub(super) const UPPER_MAP: &[(u32, &str)] = &[")
for c in range(0x110000):
    ch = chr(c)
    if ch.upper() != ch:
        print("    (0x%04X, %s)," % (c, rust_str(ch.upper())))
print("];")
print()
print("/// Full lowercase mappings of the characters that map to something else (final")
print("/// sigma is handled by the caller).")
print("pub(super) const LOWER_MAP: &[(u32, &str)] = &[")
for c in range(0x110000):
    ch = chr(c)
    if ch.lower() != ch:
        print("    (0x%04X, %s)," % (c, rust_str(ch.lower())))
print("];")
