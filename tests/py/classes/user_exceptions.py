# User exceptions with custom __init__ and attributes.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if len(record["name"]) < 2:
        raise ValidationError("name", "too short")
    return True
for rec in ({"name": "Al"}, {}, {"name": "A"}):
    try:
        print(validate(rec))
    except ValidationError as e:
        print("invalid", e.field, "|", e.problem, "|", e, "|", e.args)
