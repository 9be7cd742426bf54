# 'continue' not properly in loop.
print("never printed")
continue
