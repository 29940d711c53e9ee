# Pins a traceback that passes through a builtin (sorted) into a Python key function.
def key(item):
    return item["rank"]
people = [{"rank": 2}, {"name": "x"}]
sorted(people, key=key)
