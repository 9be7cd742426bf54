import sys
COUNT = getattr(sys, "_broken_count", 0) + 1
sys._broken_count = COUNT
print("executing broken, attempt", COUNT)
raise ValueError("broken on purpose")
