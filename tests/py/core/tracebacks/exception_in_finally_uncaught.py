# Pins the traceback when finally raises while an exception is propagating.
def work():
    try:
        raise ValueError("first problem")
    finally:
        print("in finally")
        None.close()
work()
