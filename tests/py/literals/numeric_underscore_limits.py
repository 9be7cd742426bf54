# Underscores in numeric literals in every base.
print(0x_ff, 0o_17, 0b_1010)
print(1_000.5, 1e1_0, 1_0j)
print(int("1_000"), float("1_0.5"))
print(0xFF_FF_FF_FF_FF_FF_FF_FF_FF)
