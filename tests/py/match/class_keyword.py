# Keyword sub-patterns match attributes by name; a missing attribute is no match.
class User:
    def __init__(self, name, **extra):
        self.name = name
        for k, v in extra.items():
            setattr(self, k, v)

def describe(u):
    match u:
        case User(name="root"):
            return "the superuser"
        case User(name=n, admin=True):
            return f"admin {n}"
        case User(name=str(n), age=int(a)) if a < 18:
            return f"minor {n}"
        case User(name=n):
            return f"user {n}"
        case object(__class__=cls):
            return f"a {cls.__name__}"

for u in [User("root"), User("ann", admin=True), User("bob", admin=False), User("cy", age=12),
          User("di", age=40), 5, "s"]:
    print(describe(u))
