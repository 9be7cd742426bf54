# format() of floats with every presentation type.
x = 1234.5678
for spec in ("", "e", "E", "f", "F", "g", "G", "%", ".0f", ".1e", ".3g", "10.2f", "<10.1f",
             "^12.3e", "+.2f", " .2f", "010.2f", ",.2f", "_.1f", "#.0f", ".10g", ".2%"):
    print(repr(spec), format(x, spec))
print(format(float("inf"), "f"), format(float("nan"), "E"), format(-0.0, "f"), format(1e100, "g"))
print(format(0.000012345, "g"), format(123456789.0, "g"), format(1e16, ".17g"))
