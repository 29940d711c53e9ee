# __hash__ results: a machine-word result is the hash itself, a bigger int is reduced as hash(int)
class H:
    def __init__(s, v): s.v = v
    def __hash__(s): return s.v
for v in (5, -1, 2**61, 2**61 + 5, 2**62, 2**63 - 1, 2**63, -2**63, 2**100, -2**64):
    print(v, hash(H(v)))
