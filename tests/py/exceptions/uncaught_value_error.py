# Uncaught ValueError from int() shows CPython's message.
text = "twelve"
print("parsing", text)
n = int(text)
