# Non-ASCII messages in the final traceback line.
print("ünïcode")
raise ValueError("naïve café ☕")
