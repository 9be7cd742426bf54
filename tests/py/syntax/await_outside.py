# 'await' outside function.
print("never printed")
await something
