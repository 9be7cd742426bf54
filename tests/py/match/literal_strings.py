# String and bytes literals, implicit concatenation; str never equals bytes.
def f(v):
    match v:
        case "":
            return "empty str"
        case "spam" "eggs":
            return "concatenated"
        case 'quote"s':
            return "quotes"
        case b"spam":
            return "bytes"
        case "spam":
            return "str"
        case b"":
            return "empty bytes"
        case _:
            return "other"

for v in ["", "spameggs", 'quote"s', b"spam", "spam", b"", bytearray(b"spam"), "SPAM", None]:
    print(repr(v), f(v))
