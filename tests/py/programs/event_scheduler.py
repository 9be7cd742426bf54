# Scheduling non-overlapping meetings greedily and reporting conflicts.
meetings = [("standup", 9.0, 9.25), ("review", 9.5, 11.0), ("lunch", 12.0, 13.0),
            ("design", 10.5, 12.0), ("1:1", 13.0, 13.5), ("retro", 12.5, 14.0), ("demo", 15, 16)]
def fmt(t):
    hours = int(t)
    minutes = round((t - hours) * 60)
    return f"{hours:02d}:{minutes:02d}"
chosen, rejected, end = [], [], 0
for name, start, stop in sorted(meetings, key=lambda m: (m[2], m[1])):
    if start >= end:
        chosen.append(name)
        end = stop
    else:
        rejected.append(name)
print("chosen:", chosen)
print("rejected:", rejected)
for name, start, stop in sorted(meetings, key=lambda m: m[1]):
    print(f"{fmt(start)}-{fmt(stop)} {name:<8} {'*' if name in chosen else ' '}")
