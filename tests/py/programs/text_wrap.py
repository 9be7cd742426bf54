# Word wrapping and justification, written by hand.
TEXT = ("Ember is a Python runtime written in Rust. It aims to run core Python programs "
        "exactly as CPython does, and faster. This paragraph is wrapped to several widths.")
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum([len(w) for w in words])
    out = ""
    for i, word in enumerate(words[:-1]):
        out += word + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for width in (30, 45):
    print(f"--- width {width}")
    lines = wrap(TEXT, width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
print(max([len(l) for l in wrap(TEXT, 20)]), len(wrap(TEXT, 1)))
