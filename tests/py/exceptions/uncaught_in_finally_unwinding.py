# finally blocks run (and print) while an uncaught exception unwinds.
def inner():
    try:
        raise LookupError("deep")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
