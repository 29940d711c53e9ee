() = []
[] = ()
for () in [(), []]:
    pass
def f(y):
    () = y
    return y
