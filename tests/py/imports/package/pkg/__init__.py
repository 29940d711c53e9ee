print("init pkg")
NAME = "the package"
