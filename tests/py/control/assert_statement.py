# assert with and without messages.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
x = 5
try:
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print(e)
