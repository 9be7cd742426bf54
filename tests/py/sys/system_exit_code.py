# raise SystemExit(5) sets the exit status.
print("raising SystemExit(5)")
raise SystemExit(5)
