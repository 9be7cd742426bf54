# A module-level annotation inside a case body still creates __annotations__.
match 1:
    case 1:
        x: int = 5
    case _:
        y: str
print(__annotations__, x)
