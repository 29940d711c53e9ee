print("a.b.c init")
LEAF = "leaf"
