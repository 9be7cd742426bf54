# is* predicates of str.
samples = ["abc", "ABC", "Abc Def", "abc123", "123", "½", "²", "٣", "", " \t\n", "a b",
           "_id", "1var", "ß", "Ⅻ", "x\x00", "\u00e9", "Title Case"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(),
          s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(),
          s.isprintable(), s.isascii())
