# f-string corner cases: conversions with specs, nested quotes, dict access, escapes.
w = 10
s = "text"
d = {"key": "value", "n": 3.14159}
print(f"{s!r:^{w}}|{s!s:<{w}}|{s!a:>{w}}|")
print(f"{d['key']} {d['n']:.{2}f} {d['n']!r}")
print(f"{'{'}{'}'} {{{s}}} {{}}")
print(f"{w:#x} {w:#o} {w:#b} {-w:+#x} {65 + w:c}")
print(f"{3.0:g} {3.5e-10:.2g} {1234567.0:,.1f} {0.0001234:.2e} {-0.0:+.1f}")
print(f"{s:>{w}.{2}}|{s:.0}|{len(s)!r:>3}")
print(f"{'a' + 'b'}" f"{1 + 1}" "plain" f"{None}")
print(f"\t{s}\n{s}\\{s}".split("\n"))
print(f"{s = }", f"{w*2 = :5}", f"{d['n'] = :.1f}")
