# f-strings inside f-strings and multi-line f-strings.
a, b = 3, 4
print(f"{f'{a}+{b}'} = {a + b}")
print(f"{'-'.join([f'{i}' for i in range(4)])}")
msg = (f"a={a} "
       f"b={b}")
print(msg)
print(f"""triple {a}
and {b}""")
print(rf"\n{a}", fr"{b}\t")
