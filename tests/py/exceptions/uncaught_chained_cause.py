# The above exception was the direct cause of the following exception.
try:
    int("x")
except ValueError as e:
    raise RuntimeError("parse failed") from e
