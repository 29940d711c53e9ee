# Pins return/break/continue passing through finally, and finally overriding a return or swallowing an exception.
def ret_through():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(ret_through())
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"
print(swallow())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def count():
    n = 0
    while True:
        try:
            n += 1
            if n >= 3:
                return n
        finally:
            n += 100
print(count())
def value_of_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_of_return())
