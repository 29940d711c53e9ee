#!/usr/bin/env python3
"""Vectors for tests/vm-core, produced by CPython 3.11 and checked in so
the C tests run where python3 is absent. `gen_vectors.py --regen` rewrites
tests/vm-core/vectors/*.txt; without it, it checks they are up to date.

Formats (tab-separated, one case a line): an expected result is a repr,
or `!Type: message` for an exception. Floats travel as float.hex()."""
import math
import os
import random
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vectors")
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "//": lambda a, b: a // b, "%": lambda a, b: a % b, "/": lambda a, b: a / b,
       "**": lambda a, b: a ** b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
       "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
       "divmod": divmod}


def outcome(f, *args):
    try:
        r = f(*args)
    except Exception as e:  # noqa: BLE001 - the exception is the vector
        return f"!{type(e).__name__}: {e}"
    if isinstance(r, float):
        return "f:" + r.hex()
    if isinstance(r, tuple) and any(isinstance(x, float) for x in r):
        return "t:" + ",".join(x.hex() for x in r)
    return repr(r)


def int_cases(rng):
    edges = [0, 1, -1, 2, -2, 3, 7, -7, 255, 256, 257, -5, -6, 2**31, 2**32 - 1, 2**53 + 1,
             2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 10**20, -10**20,
             3**80, -(7**50), 2**128 - 1]
    for _ in range(60):
        edges.append(rng.randint(-2**70, 2**70))
        edges.append(rng.randint(-1000, 1000))
    out = []
    for _ in range(1500):
        a, b = rng.choice(edges), rng.choice(edges)
        op = rng.choice(list(OPS))
        if op == "**":
            b = rng.choice([0, 1, 2, 3, 5, 10, 33, 64, 100, -1, -2, -3])
            if abs(a) > 2**70 and b > 10:
                b = 3
        if op in ("<<", ">>"):
            b = rng.choice([0, 1, 3, 31, 32, 33, 62, 63, 64, 65, 100, 200, -1])
        out.append(f"{op}\t{a}\t{b}\t{outcome(OPS[op], a, b)}")
    for a, b, m in [(3, 4, 5), (2, 100, 10**9 + 7), (3, -1, 7), (2, -1, 4), (5, 3, -7),
                    (-5, 3, 7), (10**30, 10**20, 97), (2, 10, 1), (4, 2, 0), (7, -2, 13)]:
        out.append(f"pow3\t{a}\t{b}\t{m}\t{outcome(pow, a, b, m)}")
    return out


def float_cases(rng):
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 1e-4, 1e-5, 1e22, 1e300,
            1e-300, 5e-324, math.inf, -math.inf, math.nan, 123456789.125, 1 / 3, 2 / 3,
            3.0, 7.0, -7.5, 2.675, 1e308, 0.30000000000000004]
    for _ in range(40):
        vals.append(rng.uniform(-1e6, 1e6))
        vals.append(math.ldexp(rng.random(), rng.randint(-1070, 1020)))
    out = [f"repr\t{v.hex()}\t{repr(v)}" for v in vals]
    for _ in range(800):
        a, b = rng.choice(vals), rng.choice(vals)
        op = rng.choice(["+", "-", "*", "/", "//", "%", "divmod", "**"])
        if op == "**" and (abs(a) > 1e3 or abs(b) > 50 or (a < 0 and b != int(b))):
            continue   # (negative ** fractional is complex: not in tierpy yet)
        out.append(f"{op}\t{a.hex()}\t{b.hex()}\t{outcome(OPS[op], a, b)}")
    ints = [0, 1, -1, 2**53, 2**53 + 1, -(2**53 + 1), 2**63, 10**30, -(10**30), 2**1024, 7]
    for _ in range(300):
        i, x = rng.choice(ints), rng.choice(vals + [float(2**53), 9007199254740992.0, 1e30])
        op = rng.choice(["<", "<=", "==", "!=", ">", ">="])
        out.append(f"cmp{op}\t{i}\t{x.hex()}\t{outcome(lambda p, q: eval('p' + op + 'q'), i, x)}")
    for v in vals:
        if not math.isnan(v):
            out.append(f"hash\t{v.hex()}\t{hash(v)}")
    for i in ints + [-1, -2, 2**61 - 1, 2**61, -(2**61)]:
        out.append(f"ihash\t{i}\t{hash(i)}")
        out.append(f"i2f\t{i}\t{outcome(float, i)}")
    for i, j in [(1, 3), (2**60, 3), (10**30, 7), (-(10**25), 3), (1, 2**1100), (2**1100, 3),
                 (1, 0), (2**2000, 1), (10**400, 10**399)]:
        out.append(f"itruediv\t{i}\t{j}\t{outcome(lambda p, q: p / q, i, j)}")
    return out


def text_cases():
    strs = ["", "a", "abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n",
            "\x00\x7f\x80\x9f\xa0\xff", "é", "ünïcödé", "€uro", "\u2028", "\U0001f600",
            "\ud800", "\\", "日本語", "\x1b[0m", "\u00ad", "a\u0300"]
    out = []
    for s in strs:
        out.append("strrepr\t" + ",".join(f"{ord(c):x}" for c in s) + "\t" + repr(s))
    for b in [b"", b"abc", b"'", b'"', b"'\"", b"\x00\xff\n\t\r\\", bytes(range(0, 256, 17))]:
        out.append("bytesrepr\t" + b.hex() + "\t" + repr(b))
    for s, base in [("42", 10), (" -17 ", 10), ("0x1f", 16), ("0x1f", 0), ("1_000", 10),
                    ("12a", 10), ("", 10), ("z", 36), ("0b101", 0), ("010", 0), ("9" * 30, 10),
                    ("7", 1), ("١٢٣", 10)]:
        out.append(f"intparse\t{s}\t{base}\t{outcome(int, s, base)}")
    for s in ["1.5", " -2e10 ", "inf", "-nan", "1_0.5", "abc", "1e500", "0x1p3", ""]:
        out.append(f"floatparse\t{s}\t{outcome(float, s)}")
    return out


def container_cases(rng):
    out = []
    for _ in range(40):
        n = rng.randint(0, 30)
        xs = [rng.choice([rng.randint(-20, 100), rng.randint(0, 2**40)]) for _ in range(n)]
        out.append("set\t" + ",".join(map(str, xs)) + "\t" + repr(set(xs)))
        out.append("frozenset\t" + ",".join(map(str, xs)) + "\t" + repr(frozenset(xs)))
        out.append("fshash\t" + ",".join(map(str, xs)) + "\t" + str(hash(frozenset(xs))))
        out.append("tuplehash\t" + ",".join(map(str, xs)) + "\t" + str(hash(tuple(xs))))
        d, ops = {}, []
        for x in xs:
            if rng.random() < 0.2 and d:
                k = rng.choice(list(d))
                del d[k]
                ops.append(f"-{k}")
            d[x] = x * 2
            ops.append(f"+{x}")
        out.append("dictops\t" + ",".join(ops) + "\t" + repr(d))
    for s in [set(range(10)), {3, 1, 2}, {100, 5, 37, 8, 16}, set(range(0, 200, 7))]:
        xs = list(s)
        out.append("set\t" + ",".join(map(str, xs)) + "\t" + repr(set(xs)))
    # stability: sort (key, tag) pairs by key alone
    for _ in range(10):
        n = rng.randint(0, 200)
        pairs = [(rng.randint(0, 9), i) for i in range(n)]
        for rev in (False, True):
            got = sorted(pairs, key=lambda p: p[0], reverse=rev)
            out.append(f"sortkey\t{int(rev)}\t" + ",".join(f"{k}:{t}" for k, t in pairs)
                       + "\t" + ",".join(str(t) for _, t in got))
    return out


def exception_cases():
    def enc(a):
        return f"i:{a}" if isinstance(a, int) else f"s:{a}"
    cases = [("ValueError", []), ("ValueError", ["x"]), ("ValueError", ["x", 2]),
             ("KeyError", ["k"]), ("KeyError", [""]), ("KeyError", []), ("KeyError", ["a", "b"]),
             ("StopIteration", [5]), ("OSError", [2, "No such file or directory"]),
             ("OSError", [2, "No such file", "a.txt"]), ("OSError", ["plain"]),
             ("ImportError", ["no module"]), ("SyntaxError", ["bad"]), ("TypeError", [1, "two", 3]),
             ("SystemExit", [3]), ("BaseException", []), ("UnicodeError", ["u"])]
    out = []
    for name, args in cases:
        e = eval(name)(*args)
        out.append(f"exc\t{name}\t" + "|".join(enc(a) for a in args) + f"\t{str(e)}\t{repr(e)}"
                   f"\t{type(e).__name__}")
    return out


def main():
    if sys.version_info[:2] != (3, 11):
        print("vectors come from CPython 3.11; this is", sys.version.split()[0])
        return 77   # meson: skipped
    rng = random.Random(7)
    files = {"int_ops.txt": int_cases(rng), "float_ops.txt": float_cases(rng),
             "text.txt": text_cases(), "containers.txt": container_cases(rng),
             "exceptions.txt": exception_cases()}
    regen = "--regen" in sys.argv
    stale = []
    for name, lines in files.items():
        text = "\n".join(lines) + "\n"
        path = os.path.join(HERE, name)
        if regen:
            os.makedirs(HERE, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        elif not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
            stale.append(name)
    if stale:
        print("stale vectors:", ", ".join(stale), "(run with --regen)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
