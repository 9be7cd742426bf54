"""Exceptions: control flow through raise, except by base class, finally, chaining, with blocks."""
import sys


class ParseError(Exception):
    def __init__(self, position, reason):
        super().__init__(f"{reason} at {position}")
        self.position = position


class EmptyField(ParseError):
    pass


class BadDigit(ParseError):
    pass


def parse_field(text, position):
    if not text:
        raise EmptyField(position, "empty field")
    value = 0
    for char in text:
        if not "0" <= char <= "9":
            raise BadDigit(position, "bad digit %r" % char)
        value = value * 10 + ord(char) - 48
    return value


def parse_record(line):
    values = []
    for position, field in enumerate(line.split(",")):
        try:
            values.append(parse_field(field, position))
        except EmptyField:
            values.append(0)
    return values


class Suppress:
    """A context manager that swallows the given exception types and counts them."""

    def __init__(self, *types):
        self.types = types
        self.suppressed = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None and issubclass(kind, self.types):
            self.suppressed += 1
            return True
        return False


def lookup_chain(mapping, keys):
    """Exceptions as ordinary control flow: KeyError, IndexError, StopIteration."""
    found = 0
    for key in keys:
        try:
            found += mapping[key][key % 3]
        except KeyError:
            found -= 1
        except IndexError:
            found += 100
    iterator = iter(keys)
    while True:
        try:
            found += next(iterator) % 2
        except StopIteration:
            break
    return found


def workload(count):
    lines = ["%d,%d,,%d" % (i, i * 3, i % 7) if i % 5 else "%d,x%d,1" % (i, i)
             for i in range(count)]
    total = bad = chained = 0
    guard = Suppress(ZeroDivisionError)
    cleanups = 0
    for i, line in enumerate(lines):
        try:
            total += sum(parse_record(line))
        except ParseError as error:
            bad += error.position
            try:
                raise ValueError("record %d" % i) from error
            except ValueError as wrapped:
                chained += wrapped.__cause__ is error
        finally:
            cleanups += 1
        with guard:
            total += 1000 // (i % 4)
    mapping = {k: list(range(k % 4)) for k in range(0, 3000, 2)}
    return total, bad, chained, cleanups, guard.suppressed, lookup_chain(mapping, list(range(3000)))


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 9
for _ in range(loops):
    result = workload(30000)
if result != (1453819498, 6000, 6000, 30000, 7500, 100250):
    raise SystemExit(f"exceptions: wrong result {result}")
print("exceptions: total %d, bad fields %d, chained %d, cleanups %d, suppressed %d, lookups %d"
      % result)
