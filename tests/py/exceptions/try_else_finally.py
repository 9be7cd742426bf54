# else runs when nothing was raised; finally always runs.
def run(fail):
    try:
        print("  body")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
print("no error:")
run(False)
print("error:")
run(True)
