# BaseException subclasses that are not Exception pass through `except Exception`.
def run():
    try:
        raise KeyboardInterrupt
    except Exception:
        return "caught by Exception"
    except BaseException as e:
        return "caught by BaseException: " + type(e).__name__
print(run())
try:
    try:
        raise SystemExit(0)
    except Exception:
        print("not here")
except SystemExit as e:
    print("SystemExit", e.code)
