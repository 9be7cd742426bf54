"""Sort: list.sort and sorted on ints, floats, strings, tuples, key functions and __lt__ objects."""
import sys


def lcg_values(count, seed):
    values = []
    for _ in range(count):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        values.append(seed >> 33)
    return values


class Version:
    """Compared by its own __lt__, as user-defined orderings are."""

    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __lt__(self, other):
        if self.major != other.major:
            return self.major < other.major
        if self.minor != other.minor:
            return self.minor < other.minor
        return self.patch < other.patch


def is_sorted(items, key=lambda item: item):
    return all(not key(b) < key(a) for a, b in zip(items, items[1:]))


def workload():
    numbers = lcg_values(40000, 42)
    floats = [n / 7.0 for n in numbers]
    words = ["%x" % n for n in numbers]
    records = [(n % 100, "%x" % (n % 997), n) for n in numbers]
    versions = [Version(n % 5, n % 17, n % 101) for n in numbers[:10000]]

    ints_sorted = sorted(numbers)
    floats_sorted = sorted(floats, reverse=True)
    words_sorted = sorted(words, key=len)
    records.sort()
    by_name = sorted(records, key=lambda record: (record[1], -record[0]))
    versions.sort()
    nearly = ints_sorted[:]
    nearly[::1000] = reversed(nearly[::1000])
    nearly.sort()

    if not (is_sorted(ints_sorted) and is_sorted(records) and is_sorted(versions)
            and is_sorted(words_sorted, key=len) and nearly == ints_sorted
            and is_sorted(floats_sorted[::-1])):
        raise SystemExit("sort: a list came out unsorted")
    checksum = (ints_sorted[12345] + int(floats_sorted[777]) + records[20000][2] + by_name[999][2]
                + versions[5000].patch + len(words_sorted[-1]))
    return checksum, words_sorted[0]


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 6
for _ in range(loops):
    result = workload()
if result != (2770784349, 'c18b'):
    raise SystemExit(f"sort: wrong result {result}")
print("sort: checksum %d, first word by length %s" % result)
