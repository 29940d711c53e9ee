# Pins a mix of everyday library calls: dataclass slots/kw_only/InitVar/KW_ONLY, struct, array, date/datetime/timedelta/timezone, time, math, statistics, fractions, seeded random and itertools.
from dataclasses import dataclass, field, KW_ONLY, InitVar, fields, asdict
import struct, array, datetime, time, math, statistics, fractions, random, itertools
@dataclass(slots=True, frozen=True)
class P:
    x: int
    y: int = 0
print(P(1), P.__slots__, hasattr(P(1), "__dict__"), P(1) == P(1), hash(P(1, 2)) == hash(P(1, 2)))
@dataclass(kw_only=True)
class K:
    a: int
    b: str = "b"
print(K(a=1), [f.kw_only for f in fields(K)])
@dataclass
class IV:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale): self.y = self.x * scale
print(IV(3), IV(3, 10), asdict(IV(1)))
@dataclass(order=True)
class Ver:
    major: int
    minor: int
    _: KW_ONLY
    tag: str = ""
print(sorted([Ver(1, 2), Ver(1, 0, tag="x"), Ver(0, 9)]), Ver(1, 2) < Ver(1, 3))
print(struct.pack("<hIq", -2, 7, -9).hex(), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.calcsize("@iid"), struct.pack("3s", b"abcd"), struct.unpack_from("<f", struct.pack("<f", 1.5)))
a = array.array("i", [3, 1, 2]); a.append(5); a.extend([9]); print(a, a.tolist(), a[1:3], a.itemsize, array.array("d", [1.5]).tobytes().hex(), sorted(a))
d = datetime.date(2024, 2, 29)
print(d + datetime.timedelta(days=1), d.isoformat(), d.strftime("%A %d %B %Y %j"), d.weekday(), d.isocalendar(), (datetime.date(2024, 12, 25) - d).days)
dt = datetime.datetime(2023, 1, 15, 13, 45, 30, 123456)
print(dt, dt.isoformat(timespec="milliseconds"), dt.replace(year=2020).strftime("%Y-%m-%d %H:%M:%S.%f %p"), dt.timestamp() > 0 if False else "", datetime.datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"))
td = datetime.timedelta(days=1, hours=25, minutes=61, microseconds=1500000)
print(td, td.total_seconds(), repr(td), -td, td * 1.5, td // 7, datetime.timedelta(seconds=-1))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
print(datetime.datetime(2020, 5, 17, 12, tzinfo=tz), datetime.datetime(2020, 5, 17, 12, tzinfo=tz).astimezone(datetime.timezone.utc), datetime.timezone.utc)
print(time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)), time.gmtime(0).tm_year, time.mktime(time.localtime(1000)) == 1000.0)
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(5, 2), math.prod([1, 2, 3]), math.dist((0, 0), (3, 4)), math.copysign(1, -0.0), math.fmod(-7, 3), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.trunc(-1.5), math.ceil(1.1), math.floor(-1.1), math.isfinite(1e308 * 10), math.degrees(math.pi), math.atan2(1, 1), math.hypot(1, 2, 2), math.erf(1), math.nan != math.nan, math.inf > 1e308, math.modf(2.5), math.frexp(8), math.ldexp(0.5, 4), math.fsum([0.1] * 10), math.remainder(7, 3))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.mode([1, 1, 2]), statistics.variance([1, 2, 3, 4]), statistics.quantiles(range(1, 11), n=4))
print(fractions.Fraction("3/4") + 1, fractions.Fraction(0.1).limit_denominator(100), fractions.Fraction(1, 3) ** 2, round(fractions.Fraction(7, 2)), float(fractions.Fraction(1, 8)))
random.seed(7); print(random.random(), random.choice(range(100)), random.sample("abcdefg", 3), random.randint(1, 6), random.uniform(0, 1), random.gauss(0, 1))
print(list(itertools.islice(itertools.count(1, 0.5), 4)), list(itertools.accumulate(range(5))), list(itertools.combinations("abcd", 2))[:3], list(itertools.permutations(range(3), 2))[:3], list(itertools.product([0, 1], repeat=3))[-1], [list(g) for k, g in itertools.groupby(sorted("mississippi"))])
