# In a class body, captures become class attributes (private names are mangled).
class Config:
    match {"mode": "fast", "level": 3}:
        case {"mode": mode, "level": __level}:
            pass
    match [1, 2]:
        case [first, *others]:
            pass

print(Config.mode, Config._Config__level, Config.first, Config.others)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
