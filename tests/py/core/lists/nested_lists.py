# Pins nested list indexing, mutation through aliases, and recursive repr of self-containing lists.
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], [r[1] for r in m], len(m), len(m[0]))
alias = m[0]
alias.append(99)
print(m)
r = [1]
r.append(r)
print(r, len(r), r[1][1][1] is r)
d = [{"a": [1]}]
d[0]["a"].append(2)
print(d)
