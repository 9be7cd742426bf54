# Uncaught TypeError from str + int.
prefix = "a"
print(prefix)
x = prefix + 1
