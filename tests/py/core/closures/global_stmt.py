# Pins global declarations: rebinding module names from functions, creating new globals, reading without declaring.
counter = 0
def bump():
    global counter
    counter += 1
def create():
    global brand_new
    brand_new = "made inside"
def read():
    return counter * 2
bump(); bump()
print(counter, read())
create()
print(brand_new)
def local_shadow():
    counter = 100
    return counter
print(local_shadow(), counter)
def nested():
    def inner():
        global counter
        counter = -1
    inner()
nested()
print(counter)
print("brand_new" in globals(), globals()["counter"])
