# Pins the frame name of a dict comprehension in tracebacks (<dictcomp>) and its subscript markers.
keys = ["a", "b"]
values = {"a": 1}
print({k: values[k] for k in keys})
