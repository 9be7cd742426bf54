# Argument evaluation order is left to right.
log = []
def arg(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    return args, kwargs
f(arg(1), arg(2), k=arg(3), *[arg(4)], **{"z": arg(5)})
print(log)
log.clear()
arg("f")(1) if False else None
d = {arg("k1"): arg("v1"), arg("k2"): arg("v2")}
print(log)
