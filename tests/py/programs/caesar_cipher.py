# Caesar and Vigenère ciphers over ASCII letters.
def shift_char(c, k):
    if c.isupper():
        return chr((ord(c) - 65 + k) % 26 + 65)
    if c.islower():
        return chr((ord(c) - 97 + k) % 26 + 97)
    return c
def caesar(text, k):
    return "".join([shift_char(c, k) for c in text])
def vigenere(text, key, sign=1):
    out, i = [], 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * (ord(key[i % len(key)].lower()) - 97)))
            i += 1
        else:
            out.append(c)
    return "".join(out)
msg = "Attack at Dawn, 5 o'clock!"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3))
v = vigenere(msg, "Lemon")
print(v, "|", vigenere(v, "Lemon", -1))
print([caesar("xyz", k) for k in (1, 13, 26, -27)])
