# format() with format specs for ints, strs and floats.
print(format(42), format(42, "5"), format(42, "<5") + "|", format(42, "^7"), format(42, "05"))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "#X"), format(65, "c"))
print(format(1234567, ","), format(1234567, "_"), format(-42, "+"), format(42, " "))
print(format("text", "10"), format("text", ">10"), format("text", "*^10"), format("text", ".2"))
print(format(3.14159, ".3f"), format(0.5, "%"), format(1e6, "e"), format(True), format(None))
print(format(-1234.5, "=+12,.1f"), format(10 ** 20, ",d"), format(255, "08b"))
for spec, v in [("d", 1.5), ("x", "s"), ("z", 1), (".2f", "s")]:
    try:
        format(v, spec)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
