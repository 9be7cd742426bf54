"""Regular expressions: parse, search, split and rewrite generated log lines with the re module."""
import re
import sys

LOG_LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) \[(?P<level>[A-Z]+)\] "
    r"(?P<host>[\w.-]+): (?P<message>.*)$")
IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
DURATION = re.compile(r"took (\d+)(ms|s)\b")
WORD_BOUNDARY_SPLIT = re.compile(r"[\s,;:=]+")

LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
MESSAGES = [
    "request from {ip} took {n}ms",
    "user {user}@mail.example.com logged in from {ip}",
    "cache miss for key=item:{n}; rebuilding took {m}s",
    "disk usage at {n}% on /dev/sda{m}",
    "retrying job #{n} after error: timeout, attempt={m}",
]


def generate_log(count):
    lines = []
    seed = 7
    for i in range(count):
        seed = (seed * 214013 + 2531011) % 2147483648
        values = {"ip": "10.%d.%d.%d" % (seed % 256, (seed >> 8) % 256, (seed >> 16) % 256),
                  "n": seed % 1000, "m": seed % 7, "user": "user%d" % (seed % 50)}
        message = MESSAGES[seed % len(MESSAGES)].format(**values)
        stamp = "2024-%02d-%02d %02d:%02d:%02d" % (
            1 + i % 12, 1 + i % 28, i % 24, i % 60, i * 7 % 60)
        level = LEVELS[(seed >> 20) % 4]
        lines.append("%s [%s] host-%d.example.net: %s" % (stamp, level, seed % 5, message))
    return lines


def analyse(lines):
    levels = {}
    addresses = set()
    emails = 0
    milliseconds = 0
    tokens = 0
    for line in lines:
        match = LOG_LINE.match(line)
        if match is None:
            raise SystemExit("regex: a generated line did not parse: " + line)
        levels[match.group("level")] = levels.get(match.group("level"), 0) + 1
        message = match.group("message")
        addresses.update(IPV4.findall(message))
        emails += len(EMAIL.findall(message))
        for amount, unit in DURATION.findall(message):
            milliseconds += int(amount) * (1000 if unit == "s" else 1)
        tokens += len(WORD_BOUNDARY_SPLIT.split(message))
    redacted = IPV4.sub("x.x.x.x", "\n".join(lines))
    redacted = re.sub(r"user(\d+)", lambda m: "u" + str(int(m.group(1)) % 10), redacted)
    return sorted(levels.items()), len(addresses), emails, milliseconds, tokens, len(redacted)


def workload():
    return analyse(generate_log(8000))


loops = int(sys.argv[1]) if len(sys.argv) > 1 else 9
for _ in range(loops):
    result = workload()
EXPECTED = ([("DEBUG", 1972), ("ERROR", 2008), ("INFO", 1979), ("WARN", 2041)],
            3253, 1671, 5521150, 54354, 715887)
if result != EXPECTED:
    raise SystemExit(f"regex: wrong result {result}")
print("regex: levels %s, %d addresses, %d emails, %d ms, %d tokens, %d chars redacted" % result)
