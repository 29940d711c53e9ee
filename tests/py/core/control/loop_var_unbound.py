# Pins that a for loop over an empty iterable does not bind its variable (NameError later).
def f():
    for item in []:
        pass
    try:
        print(item)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
for never in ():
    pass
try:
    print(never)
except NameError as e:
    print(type(e).__name__, e)
