print("init pkg.mod", __name__, __package__)
def value():
    return 42
