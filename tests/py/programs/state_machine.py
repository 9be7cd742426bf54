# A traffic-light state machine driven by events, with invalid transitions.
TRANSITIONS = {
    ("red", "timer"): "green",
    ("green", "timer"): "yellow",
    ("yellow", "timer"): "red",
    ("red", "emergency"): "red",
    ("green", "emergency"): "red",
    ("yellow", "emergency"): "red",
    ("red", "maintenance"): "off",
    ("off", "restore"): "red",
}
class InvalidTransition(Exception):
    pass
class Light:
    def __init__(self):
        self.state = "red"
        self.log = []
    def handle(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(f"no transition from {self.state!r} on {event!r}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old}->{self.state}")
light = Light()
for event in ["timer", "timer", "emergency", "timer", "maintenance", "timer", "restore", "timer"]:
    try:
        light.handle(event)
        print(f"{event:<12} now {light.state}")
    except InvalidTransition as e:
        print(f"{event:<12} rejected: {e}")
print(" ".join(light.log))
