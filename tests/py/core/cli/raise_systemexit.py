# Pins raising SystemExit directly from nested calls, with finally blocks running on the way out.
def inner():
    try:
        raise SystemExit(4)
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
outer()
print("not reached")
