# An inventory system with nested dicts, validation and summaries.
inventory = {}
def add_item(sku, name, qty, price, tags=()):
    if sku in inventory:
        raise KeyError(f"duplicate sku {sku}")
    inventory[sku] = {"name": name, "qty": qty, "price": price, "tags": list(tags)}
def restock(sku, qty):
    try:
        inventory[sku]["qty"] += qty
    except KeyError:
        print(f"cannot restock unknown sku {sku!r}")
add_item("A1", "bolt", 100, 0.25, ["hardware"])
add_item("B2", "hammer", 5, 12.5, ["tools", "hardware"])
add_item("C3", "glue", 0, 3.0)
try:
    add_item("A1", "nut", 1, 0.1)
except KeyError as e:
    print("KeyError", e)
restock("C3", 12)
restock("Z9", 1)
for sku, item in inventory.items():
    print(sku, item)
value = sum([i["qty"] * i["price"] for i in inventory.values()])
print(f"stock value: {value:.2f}")
tagged = {}
for sku, item in inventory.items():
    for tag in item["tags"]:
        tagged.setdefault(tag, []).append(sku)
print(tagged)
print([sku for sku, i in inventory.items() if i["qty"] < 10])
