#!/usr/bin/env python3
"""Write the test vectors of vm/num: CPython 3.11's own answers.

Run with CPython 3.11 from this directory (or any; files go beside this
script):  python3 gen_vectors.py
The .vec files are checked in, so the C tests run where no CPython is.

Format: one record a line, fields separated by tabs. Text fields escape
backslash, tab, newline and control characters (\\\\ \\t \\n \\xNN); UTF-8
passes as is. A double is its IEEE bit pattern in 16 hex digits. A result
is either "=" followed by the value or "!K:message" for an exception,
K being V (ValueError), O (OverflowError) or Z (ZeroDivisionError).
"""
import math
import operator
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the vectors must come from CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {ValueError: "V", OverflowError: "O", ZeroDivisionError: "Z"}


BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "//": operator.floordiv,
         "%": operator.mod, "/": operator.truediv}


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    return "".join(out)


def result(fn, enc=str):
    try:
        return "=" + enc(fn())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        kind = KINDS[type(e)]
        return "!%s:%s" % (kind, esc(str(e)))


def decimal(v):
    """str(v) without the int_max_str_digits limit."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(old)


def write(name, rows):
    path = os.path.join(HERE, name)
    # surrogatepass: format(0xD800, "c") is a lone surrogate, which the VM
    # stores UTF-8 encoded like any other code point.
    with open(path, "w", encoding="utf-8", errors="surrogatepass", newline="\n") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("%-18s %6d records" % (name, len(rows)))


# VEC_SCALE multiplies the random cases and VEC_SEED changes them, for a
# one-off larger run; the checked-in files use the defaults.
SCALE = float(os.environ.get("VEC_SCALE", "1"))
rng = random.Random(int(os.environ.get("VEC_SEED", "311")))


def count(n):
    return int(n * SCALE)


# ---- doubles ------------------------------------------------------------

def edge_doubles():
    xs = [0.0, -0.0, math.inf, -math.inf, 5e-324, -5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 1.0, -1.0, 0.1, 0.2, 0.3,
          1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001, 0.00001, 123456789012345.0,
          1234567890123456.8, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 1e22, 1e23,
          5e-324 * 3, 0.5, 1.5, 2.5, 2.675, 1125899906842624.25, 1125899906842624.75,
          9007199254740993.0, 4.35, 0.1 + 0.2, 1 / 3, 2 / 3, math.pi, math.e, 100.0,
          1e100, 1e-100, 1e300, 1e-300, 1e308, 1e-308, 1e-320, 123.456, 1e21, 1e-7]
    for k in range(-325, 310):
        xs.append(float("1e%d" % k))
        xs.append(float("5e%d" % k))
        xs.append(float("9.999999999999999e%d" % k))
    for k in range(-1074, 1024, 3):
        xs.append(2.0 ** k)
        xs.append(math.nextafter(2.0 ** k, 0))
        xs.append(math.nextafter(2.0 ** k, math.inf))
    return [x for x in xs if not math.isnan(x)]


def random_doubles(n):
    out = []
    while len(out) < n:
        r = rng.random()
        if r < 0.45:
            x = from_bits(rng.getrandbits(64))
        elif r < 0.65:
            x = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
        elif r < 0.8:
            x = float("%de%d" % (rng.randint(1, 10 ** rng.randint(1, 17)), rng.randint(-30, 30)))
        elif r < 0.9:
            x = from_bits(rng.getrandbits(52))  # subnormals
        else:
            x = rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-20, 20)
        if not math.isnan(x):
            out.append(x)
    return out


def gen_repr():
    xs = edge_doubles() + random_doubles(count(9000))
    write("repr.vec", [[bits(x), repr(x)] for x in xs])


def ratio_text(x):
    n, d = x.as_integer_ratio()
    return "%d/%d" % (n, d)


def gen_float_misc():
    xs = edge_doubles()[:400] + random_doubles(count(800)) + [math.nan]
    rows = []
    for x in xs:
        h = "nan" if math.isnan(x) else str(hash(x))
        rows.append([bits(x), x.hex(), h, "1" if x.is_integer() else "0",
                     result(lambda: ratio_text(x)), result(lambda: int(x)),
                     result(lambda: round(x))])
    write("float_misc.vec", rows)


# ---- float() and fromhex() ---------------------------------------------

def gen_float_parse():
    strs = ["1", "-1", "+1.5", " 1.5 ", "\t\n1e5\x0b\x0c\r", "1_0.5", "1__0", "_1", "1_",
            "1_e5", "1e_5", "1e5_", "1e1_0", "1.5_5", "1._5", "inf", "-inf", "+inf", "INF",
            "Infinity", "-iNfInItY", "infinit", "nan", "-nan", "NaN", "+nan", "nan_", "in f",
            "", " ", ".", ".5", "5.", "-.5e-3", "e5", "1e", "1e+", "1e-", "1e+5", "0x1p3",
            "0x10", "1,5", "1.5.5", "١.٥", "\u2003 12.5\u3000", "1\x00", "12e999999999999999999",
            "1e-999999999999999999", "-0", "-0.0", "0e999", "1" * 400, "0." + "0" * 400 + "1",
            "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993",
            "9007199254740992.9999999999999999999999", "0.1e1_0", "١٢٣", "\u00a0\u20281.0",
            "1.0\x85", "x", "abc", "'", "1'\"", "\xe9", "1\u200b", "--1", "+-1", "1e1.5"]
    for _ in range(count(1500)):
        x = from_bits(rng.getrandbits(64))
        if math.isnan(x):
            continue
        r = rng.random()
        if r < 0.4:
            strs.append(repr(x))
        elif r < 0.7:
            strs.append("%.*e" % (rng.randint(0, 25), x))
        else:
            digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 40)))
            point = rng.randint(0, len(digits))
            strs.append(digits[:point] + "." + digits[point:] + "e%d" % rng.randint(-340, 320))
    # halfway cases: exactly between two doubles, in decimal
    for _ in range(count(300)):
        x = abs(from_bits(rng.getrandbits(64)))
        if math.isnan(x) or math.isinf(x) or x == 0:
            continue
        y = math.nextafter(x, math.inf)
        if math.isinf(y):
            continue
        from fractions import Fraction
        mid = (Fraction(x) + Fraction(y)) / 2
        # exact decimal of mid: denominator is a power of two
        den = mid.denominator
        k = den.bit_length() - 1
        num = mid.numerator * 5 ** k
        strs.append("%de-%d" % (num, k) if k else str(num))
    write("float_parse.vec", [[esc(s), result(lambda: float(s), bits)] for s in strs])


def gen_fromhex():
    strs = ["0x1p0", "0x1.8p1", " -0X1.8P+1 ", "0x.8", "1", "Infinity", "-nan", "inf", "nan ",
            "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p-1075", "0x1p-1074",
            "0x1.0000000000001p-1075", "0x1_0", "0x", "0x.", "0x1p", "0x1.p1", ".8", "0x.8p",
            "0x1p+", "1p1", "0xg", "0x1 p1", "0x 1", "0x0p99999999999999999999",
            "0x1p-99999999999999999999", "0x1p99999999999999999999", "-0x0p0", "0X.8P1",
            "\t0x1\n", "0x1.000000000000080000000000000000001p0", "0x1.00000000000008p0",
            "0x1.00000000000018p0", "0x0.0000000000001p-1022", "0x0.00000000000008p-1022",
            "0x0.00000000000018p-1022", "0x1p1024", "0x1p1023", "0x" + "f" * 300,
            "0x0." + "0" * 300 + "1p1200", "", " ", "+", "-", "0x-1", "0x+1", "0x1p--1"]
    for _ in range(count(700)):
        x = from_bits(rng.getrandbits(64))
        if math.isnan(x):
            continue
        strs.append(x.hex())
        strs.append("%x.%xp%d" % (rng.getrandbits(rng.randint(1, 64)),
                                  rng.getrandbits(rng.randint(1, 80)), rng.randint(-1200, 1100)))
    write("fromhex.vec", [[esc(s), result(lambda: float.fromhex(s), bits)] for s in strs])


# ---- int() and int text ----------------------------------------------------

def gen_int_parse():
    cases = [("0", 0), ("00", 0), ("0_0", 0), ("010", 0), ("0x_1f", 0), ("0x_1f", 16),
             ("_1", 10), ("1__0", 10), ("1_0", 10), ("1_", 10), (" -0b101 ", 0), ("z", 36),
             ("Z", 36), ("0b", 0), ("0x", 16), ("", 10), ("  ", 10), ("1\x00", 10),
             ("ab'c", 10), ("ab'c\"", 10), ("\x7f\u00e9\u200b", 10), ("١٢", 10),
             ("\u2003 12\u3000", 10), ("abc", 10), ("1", 37), ("1", 1), ("1", -1), ("1", 0),
             ("0o17", 0), ("0O17", 8), ("0o17", 10), ("0b1", 16), ("0B1", 2), ("0x", 0),
             ("0_", 0), ("0__0", 0), ("00001", 0), ("000", 0), ("-0", 0), ("+0x10", 0),
             ("9223372036854775807", 10), ("9223372036854775808", 10),
             ("-9223372036854775808", 10), ("-9223372036854775809", 10),
             ("18446744073709551616", 10), ("7fffffffffffffff", 16), ("-8000000000000000", 16),
             ("1" * 4300, 10), ("1" * 4301, 10), ("1" * 4301 + "x", 10), ("x" * 300, 10),
             ("1" * 700, 16), ("1" * 700, 8), ("1" * 700, 3), ("1_" * 700 + "1", 10),
             ("1__" + "1" * 700, 10), ("_" + "1" * 700, 10), ("1" * 700 + "_", 10),
             ("\t\n\x0b\x0c\r 5 \t", 10), ("\x1c5", 10), ("5\x85", 10), ("٣", 0)]
    for _ in range(count(1200)):
        base = rng.choice([0, 2, 8, 10, 16, 36, rng.randint(2, 36)])
        v = rng.randint(-(2 ** rng.randint(1, 200)), 2 ** rng.randint(1, 200))
        b = base or rng.choice([2, 8, 10, 16])
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        m, s = abs(v), ""
        while True:
            s = digits[m % b] + s
            m //= b
            if m == 0:
                break
        if rng.random() < 0.3:
            s = s.upper()
        if rng.random() < 0.2 and len(s) > 2:
            i = rng.randint(1, len(s) - 1)
            s = s[:i] + "_" + s[i:]
        prefix = {2: "0b", 8: "0o", 16: "0x"}.get(b, "")
        if base == 0 or (prefix and rng.random() < 0.3):
            s = prefix + s
        if v < 0:
            s = "-" + s
        if rng.random() < 0.1:
            s = " " + s + "  "
        if rng.random() < 0.05:
            s = s + rng.choice("xg_. -")
        cases.append((s, base))
    rows = []
    for s, base in cases:
        for limit in ([4300, 0, 640] if len(s) > 600 else [4300]):
            sys.set_int_max_str_digits(limit)
            rows.append([esc(s), str(base), str(limit), result(lambda: int(s, base), decimal)])
    sys.set_int_max_str_digits(4300)
    write("int_parse.vec", rows)


def interesting_ints(n):
    xs = [0, 1, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 10 ** 18, 10 ** 19,
          -10 ** 19, 2 ** 61 - 1, 2 ** 61, -2 ** 61, 2 ** 61 - 2, 2 ** 122, -(2 ** 61 - 1),
          1234, -1234, 255, -255, 65, 0x10FFFF, 0x110000, 2 ** 53, 2 ** 53 + 1]
    for _ in range(n):
        r = rng.random()
        if r < 0.4:
            xs.append(rng.randint(-2 ** 63, 2 ** 63 - 1))
        elif r < 0.6:
            xs.append(rng.randint(-10 ** 6, 10 ** 6))
        else:
            xs.append(rng.randint(-2 ** rng.randint(64, 400), 2 ** rng.randint(64, 400)))
    return xs


def gen_int_text():
    rows = []
    for v in interesting_ints(count(500)) + [10 ** 4299, -10 ** 4300, 10 ** 639, 10 ** 640]:
        limits = [4300, 640, 0] if abs(v) >= 10 ** 600 else [4300]
        for limit in limits:
            sys.set_int_max_str_digits(limit)
            rows.append([str(v) if abs(v) < 10 ** 600 else "x" + hex(v), str(limit),
                         result(lambda: str(v)), bin(v), oct(v), hex(v)])
    sys.set_int_max_str_digits(4300)
    write("int_text.vec", rows)


# ---- format() ------------------------------------------------------------------

SPEC_PARTS = dict(
    fill=["", "", "", "*", "0", "x", "é", "{", " "],
    align=["", "", "<", ">", "^", "="],
    sign=["", "", "+", "-", " "],
    z=["", "", "", "z"],
    alt=["", "", "#"],
    zero=["", "", "0"],
    width=["", "", "1", "5", "8", "12", "20"],
    group=["", "", ",", "_"],
    prec=["", "", ".0", ".1", ".3", ".6", ".12", ".20"],
)


def random_spec(types):
    p = {k: rng.choice(v) for k, v in SPEC_PARTS.items()}
    fill = p["fill"] if p["align"] else ""
    return (fill + p["align"] + p["sign"] + p["z"] + p["alt"] + p["zero"] + p["width"]
            + p["group"] + p["prec"] + rng.choice(types))


def int_field(v):
    return str(v)


def gen_format():
    rows = []
    int_types = ["", "", "b", "c", "d", "o", "x", "X", "n", "e", "f", "g", "%", "G", "s", "q"]
    float_types = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x"]
    str_types = ["", "", "s", "d"]
    fixed_int_specs = ["", ",", "_", "08,", "09,", "010_", "012_x", "#012_x", "#X", "x<+#12,",
                       "c", "^5c", "05c", "+c", "#c", ",c", ",x", ",_", "_,", ".", ".2",
                       "99999999999999999999", "abc", "'ab'", "z", "\x00", ",\x00", "é", ",é",
                       ",\x01", "_b", "#_b", "_n", ",n", "n", "#o", "#b", "-^+#30_o", "=10",
                       "0=10", "0<10,", "*=12,", "١٠", "+08,d", " 08_d", "^", "<<", "=<", "=",
                       ".0f", "10.3e", "#.0%", ",.2f", "z.2f"]
    for v in interesting_ints(count(300)):
        for spec in fixed_int_specs[:12] + [random_spec(int_types) for _ in range(6)]:
            rows.append(["i", str(v), esc(spec), result(lambda: format(v, spec), esc)])
    for v in [0, 1, -1, 65, 1234, -1234, 2 ** 70, 0x110000, -2 ** 63, 10 ** 4300]:
        # 10**4300 has one digit too many for decimal output: the limit applies
        for spec in (fixed_int_specs if v < 10 ** 600 else ["", ",", "d", "n", "x", "e", "c"]):
            val = str(v) if v < 10 ** 600 else "x" + hex(v)
            rows.append(["i", val, esc(spec), result(lambda: format(v, spec), esc)])
    fixed_float_specs = ["", ".3", ".0", "#", "#.0", "#.0e", ".0%", "z", "z.2f", "z.2e", "012,.2f",
                         "n", ",", "_", "e", "E", "f", "F", "g", "G", "%", "06", "+", "=+10",
                         "0=+10", ".1000f", ".3000000000", ".99999999999999999999", ",.3g",
                         "#g", "#.3g", "#.20g", ".17", ".16", "20.10e", "\x00", ",\x00",
                         "d", "x", ".2%", "_.4%", "z+.0f", "-^20,.5", ".12G", ".0e", ".1g"]
    for x in random_doubles(count(350)) + edge_doubles()[:60] + [math.nan, -math.nan]:
        for spec in fixed_float_specs[:6] + [random_spec(float_types) for _ in range(8)]:
            rows.append(["f", bits(x), esc(spec), result(lambda: format(x, spec), esc)])
    for x in [0.0, -0.0, 1.0, -1.5, 1234.5, 1e16, 1e-5, 123.0, 2.5, 0.125, math.inf, -math.inf,
              math.nan, -0.0001, -1e-300, 1e300, 5e-324, 9.995, 0.07]:
        for spec in fixed_float_specs:
            rows.append(["f", bits(x), esc(spec), result(lambda: format(x, spec), esc)])
    strings = ["", "a", "abc", "héllo", "日本語", "a\tb", "x" * 30, "'\""]
    fixed_str_specs = ["", "s", "5", "<5", ">5", "^6", "x^7.2", "07", ".0", ".2", ",", ",s", "+",
                       "#", "=", "z", "d", "=5", "é>8", "\x00", "10.3s", "^", "_"]
    for s in strings:
        for spec in fixed_str_specs + [random_spec(str_types) for _ in range(20)]:
            rows.append(["s", esc(s), esc(spec), result(lambda: format(s, spec), esc)])
    write("format.vec", rows)


# ---- %-formatting ------------------------------------------------------------

def random_pct(conv):
    flags = "".join(rng.sample("-+ #0", rng.randint(0, 3)))
    width = rng.choice(["", "", "1", "5", "10", "22"])
    prec = rng.choice(["", "", ".", ".0", ".1", ".3", ".8", ".20"])
    length = rng.choice(["", "", "", "h", "l", "L"])
    return flags + width + prec + length + conv


def gen_pct():
    rows = []
    int_convs = "diuxXo"
    float_convs = "eEfFgG"
    fixed = ["d", "5d", "-05d", "+.3x", "5.3d", "-+6d", "#5.3o", "#.5x", "#x", "#o", "#X", "#08x",
             "#-8x", "#8o", "+#8X", " 05d", ".0d", "x", "o", "X", "i", "u", "ld", "hd", "Lx", "5",
             "-", "", ".", "10.", "99999999999999999999d", ".9999999999999d", "+ d", "#+10.4X",
             "0-10d", "*d", ".*d", "*.*d"]
    for v in interesting_ints(count(300)):
        for spec in fixed[:6] + [random_pct(rng.choice(int_convs)) for _ in range(6)]:
            rows.append(["i", str(v), esc(spec), result(lambda: ("%" + spec) % v, esc)])
    for v in [0, 255, -255, 8, -8, 2 ** 70, -2 ** 70]:
        for spec in fixed:
            rows.append(["i", str(v), esc(spec), result(lambda: ("%" + spec) % v if "*" not in spec else "", esc)])
    ffixed = ["f", "5.2f", ".0e", "#.0e", "#g", "+05.1f", "e", "E", "g", "G", "F", ".1000f",
              ".99999999999f", "999999999999999999999f", ".f", "-10.3g", "010.3e", "+ g", "#.0f",
              "05f", "#10.0G", "020.12e"]
    for x in random_doubles(count(400)) + edge_doubles()[:40] + [math.nan, 0.25, 2.5, 5.5, 0.5]:
        for spec in ffixed[:5] + [random_pct(rng.choice(float_convs)) for _ in range(6)]:
            rows.append(["f", bits(x), esc(spec), result(lambda: ("%" + spec) % x, esc)])
    for x in [0.0, -0.0, 1.5, -2.5, math.inf, -math.inf, math.nan, 1e300, 1e-300, 123456.789]:
        for spec in ffixed:
            rows.append(["f", bits(x), esc(spec), result(lambda: ("%" + spec) % x, esc)])
    # star width/precision: the args come first
    for (w, p, x) in [(5, 2, 3.14159), (-6, 1, 2.5), (8, -3, 1.5), (-3, -1, 7.0)]:
        rows.append(["f*", bits(x), "%d,%d" % (w, p), result(lambda: "%*.*f" % (w, p, x), esc)])
    write("pct.vec", rows)


# ---- hashes, arithmetic, round ---------------------------------------------------

def gen_hash():
    rows = [["i", str(v), str(hash(v))] for v in interesting_ints(count(1500))]
    for _ in range(count(600)):
        items = [rng.choice([rng.randint(-2 ** 63, 2 ** 63 - 1), rng.randint(-5, 5), -1])
                 for _ in range(rng.randint(0, 6))]
        # a tuple of ints whose hashes are the ints themselves (|v| < P, v != -1)
        hashes = [hash(v) for v in items]
        rows.append(["t", ",".join(map(str, hashes)), str(hash(tuple(items)))])
    write("hash.vec", rows)


def gen_int_arith():
    rows = []
    words = interesting_ints(0) + [rng.randint(-2 ** 63, 2 ** 63 - 1) for _ in range(300)]
    words = [w for w in words if -2 ** 63 <= w < 2 ** 63] + [3, -3, 7, -7, 0, 2, -2, 10]
    small = list(range(-12, 13))
    for _ in range(count(2500)):
        a = rng.choice(words + small)
        b = rng.choice(words + small)
        op = rng.choice(["+", "-", "*", "//", "%", "pow", "truediv", "round", "bitlen", "neg"])
        if op == "pow":
            a = rng.choice(small + [rng.randint(-3000, 3000), 2 ** 31, -2 ** 31, a])
            b = rng.choice([0, 1, 2, 3, 5, 10, 20, 31, 32, 62, 63, 64, 65, -1, -2, rng.randint(0, 70)])
            r = result(lambda: a ** b if b >= 0 else "negexp")
        elif op == "round":
            b = rng.randint(-22, 3)
            r = result(lambda: round(a, b))
        elif op == "truediv":
            r = result(lambda: a / b, bits)
        elif op == "bitlen":
            r = "=" + str(a.bit_length())
        elif op == "neg":
            r = "=" + str(-a)
        else:
            r = result(lambda: BINOPS[op](a, b))
        rows.append([op, str(a), str(b), r])
    # big operands: true division, float(), round
    for _ in range(count(800)):
        a = rng.randint(-2 ** rng.randint(1, 1100), 2 ** rng.randint(1, 1100))
        b = rng.randint(-2 ** rng.randint(1, 1100), 2 ** rng.randint(1, 1100))
        if rng.random() < 0.5:  # a small divisor: a big quotient
            b = rng.randint(-2 ** 80, 2 ** 80)
        if rng.random() < 0.1:
            b = 0
        op = rng.choice(["truediv", "float", "round", "bitlen", "//", "%"])
        if op == "truediv":
            r = result(lambda: a / b, bits)
        elif op == "float":
            r = result(lambda: float(a), bits)
        elif op == "round":
            b = rng.randint(-400, 2)
            r = result(lambda: round(a, b))
        elif op == "bitlen":
            r = "=" + str(a.bit_length())
        else:
            r = result(lambda: BINOPS[op](a, b))
        rows.append([op, str(a), str(b), r])
    for a, b in [(2 ** 1024, 1), (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 971, 1), (1, 10 ** 400),
                 (-1, 10 ** 400), (0, -5), (10 ** 400, 1), (10 ** 400, 10 ** 399), (2 ** 1100, 2 ** 76),
                 (3 * 2 ** 1100, 2 ** 2175), (1, 2 ** 1075), (3, 2 ** 1076), (1, 3 * 2 ** 1073)]:
        rows.append(["truediv", str(a), str(b), result(lambda: a / b, bits)])
        rows.append(["float", str(a), str(b), result(lambda: float(a), bits)])
    write("int_arith.vec", rows)


def float_pow(a, b):
    """a ** b, with "complex" where float.__pow__ hands over to complex
    (whose own overflow is not float's business)."""
    try:
        v = a ** b
    except OverflowError as e:
        if str(e) == "complex exponentiation":
            return "complex"
        raise
    return "complex" if isinstance(v, complex) else v


def gen_float_arith():
    specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e308, -1e308, 5e-324,
                math.inf, -math.inf, math.nan, 1e-300, 7.5, -7.5, 0.1, 1e16, 2.0 ** 53 + 2, 1e300,
                -1e-300, 10.0, 0.3]
    xs = specials + random_doubles(120)
    rows = []
    for _ in range(count(6000)):
        a = rng.choice(xs)
        b = rng.choice(xs)
        op = rng.choice(["/", "//", "%", "divmod", "pow"])
        if op == "divmod":
            r = result(lambda: "%s,%s" % tuple(map(bits, divmod(a, b))))
        elif op == "pow":
            if rng.random() < 0.5:
                b = float(rng.randint(-40, 40)) if rng.random() < 0.7 else rng.choice([0.5, -0.5, 1 / 3, 2.5, 1e20, -1e20])
            r = result(lambda: float_pow(a, b), lambda v: bits(v) if isinstance(v, float) else v)
        else:
            r = result(lambda: BINOPS[op](a, b), bits)
        rows.append([op, bits(a), bits(b), r])
    write("float_arith.vec", rows)


def gen_round():
    rows = []
    xs = [2.675, 0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 5e-324, 1e300, -1e300,
          1.7976931348623157e308, 0.285, 1.005, 123.456, 1e16, 1e-5, math.inf, -math.inf,
          math.nan, 0.0, -0.0, 0.1]
    xs += random_doubles(count(1500))
    for x in xs:
        for n in [rng.randint(-20, 20), rng.choice([-400, -309, -308, -307, 0, 1, 2, 3, 15, 16, 17,
                                                      322, 323, 324, 400]), rng.randint(-330, 330)]:
            rows.append([bits(x), str(n), result(lambda: round(x, n), bits)])
    write("round.vec", rows)


def main():
    gen_repr()
    gen_float_misc()
    gen_float_parse()
    gen_fromhex()
    gen_int_parse()
    gen_int_text()
    gen_format()
    gen_pct()
    gen_hash()
    gen_int_arith()
    gen_float_arith()
    gen_round()


if __name__ == "__main__":
    main()
