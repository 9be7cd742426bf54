def gen_based():
    v = yield "from generator"
    return v * 2

print(gen_based.__code__.co_flags & 0x100)
gen_based.__code__ = gen_based.__code__.replace(co_flags=gen_based.__code__.co_flags | 0x100)
print(gen_based.__code__.co_flags & 0x100)

async def main():
    r = await gen_based()
    return r

c = main()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)
