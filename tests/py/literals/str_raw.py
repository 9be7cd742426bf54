# Raw string prefixes r/R keep backslashes.
print(r"\n\t\\", R"\x41")
print(len(r"\n"), len("\n"))
print(r'\'', r"\"")
print(repr(r"C:\path\to\file"))
print(rb"\n", Rb"\x00", bR"\\", BR"a\b")
print(r"""raw
\triple""")
