# Pins if/elif/else chains evaluate conditions in order and stop at the first true one.
def cond(n, r):
    print("test", n)
    return r
def classify(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    else:
        return "large"
for v in (-3, 0, 7, 10, 1e9):
    print(v, classify(v))
if cond(1, False):
    print("one")
elif cond(2, True):
    print("two")
elif cond(3, True):
    print("three")
else:
    print("else")
if []:
    print("no")
elif 0:
    print("no")
print("done")
