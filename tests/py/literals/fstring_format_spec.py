# Format specs in f-strings, including nested specs.
pi = 3.14159265
n = 1234567
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:^10.2f}|")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}")
print(f"{255:x}|{255:X}|{255:#x}|{255:o}|{255:#b}|{5:08b}")
width, prec = 12, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'centre':*^{width}}")
print(f"{-5:+d} {5:+d} {5: d} {-5: d}")
print(f"{0.25:%} {0.25:.1%}")
print(f"{1e10:e} {1e10:.2E} {123.456:g} {1e-7:g}")
fill = "-"
print(f"{'x':{fill}>{width}}")
