# !r, !s and !a conversions.
s = "héllo\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{3.0!r} {3.0!s}")
print(f"{'x'!r:>6}")
print(f"{[1, 'a']!r}")
print(f"{None!r} {True!s}")
