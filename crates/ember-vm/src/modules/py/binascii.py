# binascii: the exception classes (the conversions are native, defined before this runs).


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass
