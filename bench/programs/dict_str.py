# Dicts and strings: build words, count them in a dict, join, split,
# format and slice; string hashing and dict probing. --quick: 2000 words.
import sys


def words(n):
    syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "pu", "qa", "ix"]
    out = []
    x = 12345
    for _ in range(n):
        w = ""
        for _ in range(1 + x % 3):
            x = (x * 1103515245 + 12345) % 2147483648
            w += syllables[x % len(syllables)]
        out.append(w)
    return out


def count(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


def render(counts):
    lines = []
    for w in sorted(counts):
        lines.append("%s=%d" % (w, counts[w]))
    return ";".join(lines)


def main(quick):
    n, rounds = (2000, 2) if quick else (300000, 30)
    ws = words(n)
    total = 0
    for r in range(rounds):
        counts = count(ws)
        text = render(counts)
        parts = text.split(";")
        index = {p.split("=")[0]: int(p.split("=")[1]) for p in parts}
        upper = {k.upper(): v for k, v in index.items() if k[:2] != "ix"}
        total += len(text) + sum(upper.values()) + len(parts) * r
    print("dict_str", len(counts), total, text[:40])


main("--quick" in sys.argv[1:])
