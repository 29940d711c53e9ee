# Pins the 3.11 "Did you mean" suggestion for AttributeError in tracebacks.
items = [3, 1, 2]
items.sortt()
