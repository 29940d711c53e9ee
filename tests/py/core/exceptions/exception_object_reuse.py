# Pins raising the same exception object twice and with_traceback returning self.
err = ValueError("shared")
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err, e)
e = KeyError("k")
print(e.with_traceback(None) is e)
try:
    raise err.with_traceback(None)
except ValueError as again:
    print("again", again is err)
