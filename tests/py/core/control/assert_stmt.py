# Pins assert: AssertionError with and without a message, message evaluated only on failure.
def msg():
    print("message built")
    return "custom message"
assert True, msg()
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert [], msg()
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False, 42
except AssertionError as e:
    print(e.args)
