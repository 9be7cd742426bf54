# bytes repr uses \x escapes except for \t \n \r and printable ASCII.
print(bytes(range(32)))
print(bytes(range(120, 135)))
print(b"'", b'"', b"'\"", b"\\")
print(bytearray(b"\x00'"), repr(bytearray()))
print(str(b"x"), ascii(b"\x80"))
