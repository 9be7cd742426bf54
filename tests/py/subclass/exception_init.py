# Exception subclasses with their own __init__, attributes and args.
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

class NotFound(AppError):
    pass

try:
    raise NotFound(404, 'missing page')
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e), isinstance(e, Exception))

class Plain(ValueError):
    pass
e = Plain('a', 2)
print(e, repr(e), e.args, str(Plain()), repr(Plain('x')))
e.note = 'n'
print(e.note, e.__dict__, Plain.__mro__[1].__name__, issubclass(Plain, ValueError))
try:
    int('q')
except Plain:
    print('not here')
except ValueError as err:
    print('ValueError', err)
