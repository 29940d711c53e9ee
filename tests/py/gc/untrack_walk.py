# Full collections whose marking walk meets nests of tuples in every order
# (vm/gc/untrack.c decides each survivor as the walk keeps it): holders
# before their items, items still judged unreachable when their holder is
# decided, nests deeper than one collection untracks at once, tuples shared
# between nests, a tuple kept earlier that its items' untracking has made
# atomic since. Garbage cycles run through the nests: what each collection
# frees, and what the nests still hold, must not change.
import gc


class Cell:
    def __init__(self, v):
        self.v = v
        self.me = self


def total(x):
    if isinstance(x, (tuple, list)):
        return sum(total(i) for i in x)
    return x


def nests(rnd, roots):
    levels = []
    for c in range(rnd(4) + 2):
        t = (rnd(5),)
        chain = [t]
        for _ in range(rnd(12) + 2):
            k = rnd(5)
            if k == 0 and levels:
                t = (t, levels[rnd(len(levels))])
            elif k == 1 and levels:
                t = (levels[rnd(len(levels))], t)
            else:
                t = (t,)
            chain.append(t)
        levels.extend(chain)
        for lv in chain:
            r = rnd(8)
            if r == 0:
                roots.append(lv)
            elif r == 1:
                l = [lv]
                for _ in range(rnd(12)):
                    l = [l]
                roots.append(l)
            elif r == 2:
                roots.append((lv, [1]))
            elif r == 3:
                Cell(lv)             # garbage: an instance that refers to itself
            elif r == 4:
                g = [lv]
                g.append(g)          # garbage: a list that holds itself
    # The holder list is made last, so the nests' order in the walk is its order.
    return levels[::-1] if rnd(2) else levels[rnd(3):] + levels[:1]


def run(seed):
    state = [seed]

    def rnd(n):
        state[0] = (state[0] * 1103515245 + 12345) % 2147483648
        return (state[0] >> 8) % n

    roots = []
    holders = []
    for rep in range(4):
        holders.append(nests(rnd, roots))
        print(seed, rep, gc.collect(), total(roots), len(roots), len(holders[-1]))
    del holders
    print(seed, "dropped", gc.collect(), total(roots))


for seed in (53, 84, 309):
    run(seed)
print("after:", gc.collect())
