# Formatting a table report with f-strings.
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 199.99), ("Doohickey", 250, 0.1)]
header = f"{'Item':<12}|{'Qty':>5}|{'Price':>9}|{'Total':>11}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12.12}|{qty:>5d}|{price:>9.2f}|{total:>11,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<12}|{sum([r[1] for r in rows]):>5}|{'':>9}|{grand:>11,.2f}")
print(f"{'average price':>30}: {grand / len(rows):.3f}")
print(f"{'share of Gadget':>30}: {10 * 12.25 / grand:.1%}")
