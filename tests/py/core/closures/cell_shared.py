# Pins that several closures share the same cell, and that the cell sees later rebinding in the parent.
def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = pair()
print(get())
put(42)
print(get())
get2, put2 = pair()
put2("other")
print(get(), get2())
def later():
    def show():
        return msg
    msg = "bound after def"
    return show
print(later()())
