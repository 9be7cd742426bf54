# Common dict patterns: get-with-default, setdefault grouping, inversion, nested update.
votes = ["red", "blue", "red", "green", "blue", "red"]
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
print(tally, max(tally, key=tally.get))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
inverted = {}
for k, v in tally.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
config = {"db": {"host": "localhost", "port": 5432}, "debug": False}
config["db"].update(port=6543, user="admin")
config.update(debug=True)
print(config)
print(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0])))
