x: int = 1
y: "list[str]"
z: dict[str, int] = {}
print(__annotations__)
print("y" in globals())
