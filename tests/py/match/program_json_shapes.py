# Dispatching on the shape of JSON-like data.
events = [
    {"type": "click", "pos": [10, 20], "button": "left"},
    {"type": "click", "pos": [1, 2]},
    {"type": "key", "key": "q", "mods": []},
    {"type": "key", "key": "c", "mods": ["ctrl"]},
    {"type": "resize", "size": {"w": 800, "h": 600}},
    {"type": "batch", "events": [{"type": "key", "key": "x", "mods": []}]},
    {"type": "unknown", "extra": 1},
    ["not", "an", "event"],
]

def handle(event, depth=0):
    pad = "  " * depth
    match event:
        case {"type": "click", "pos": [x, y], "button": button}:
            print(pad + f"click {button} at {x},{y}")
        case {"type": "click", "pos": [x, y]}:
            print(pad + f"click at {x},{y}")
        case {"type": "key", "key": "c", "mods": ["ctrl", *_]}:
            print(pad + "copy")
        case {"type": "key", "key": k, "mods": []}:
            print(pad + f"key {k}")
        case {"type": "resize", "size": {"w": int(w), "h": int(h)}}:
            print(pad + f"resize {w}x{h}")
        case {"type": "batch", "events": [*inner]}:
            print(pad + f"batch of {len(inner)}")
            for e in inner:
                handle(e, depth + 1)
        case {"type": kind, **rest}:
            print(pad + f"unhandled {kind} with {sorted(rest)}")
        case _:
            print(pad + "malformed", event)

for e in events:
    handle(e)
