# Pins common dict idioms: counting with get, grouping with setdefault, nested dict access.
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
tree = {"a": {"b": {"c": 1}}}
tree["a"]["b"]["d"] = 2
print(tree, tree["a"]["b"].get("e", "none"))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
