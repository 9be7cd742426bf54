# Character predicates and case mapping leave lone surrogates alone.
s = "\ud800"
print(s.isprintable(), s.isalpha(), s.isspace(), s.isdigit(), s.isalnum())
print(s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isascii())
print(s.islower(), s.isupper(), s.istitle())
t = "ab\udc80cd"
print(ascii(t.upper()), ascii(t.lower()), ascii(t.title()), ascii(t.capitalize()))
print(ascii(t.swapcase()), ascii(t.casefold()))
print(t.isprintable(), "a\ud800b".isalpha(), "A\ud800".isupper(), "a\ud800".islower())
print(ascii("\ud800abc".capitalize()), ascii("x\ud800y z".title()))
print("\ud800".isprintable(), "\ufffd".isprintable())
