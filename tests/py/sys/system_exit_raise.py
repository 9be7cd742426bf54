# raise SystemExit behaves like sys.exit.
print("raising SystemExit(None)")
raise SystemExit(None)
