# During handling of the above exception, another exception occurred.
try:
    [][0]
except IndexError:
    raise ValueError("while handling")
