# Pins re on generated text (regex_effbot/regex_v8 flavour): findall, finditer spans, groups and named groups, sub with callbacks and backrefs, split, flags, fullmatch.
import re

words = ["alpha", "Beta", "gamma42", "delta", "x-ray", "echo", "foxtrot", "user@example.com", "2024-01-15", "3.14159"]
lines = []
for i in range(40):
    w = words[i % len(words)]
    lines.append(f"{i:03d} {w} key{i % 7}=val{i * 3} tel:+1-555-{1000 + i * 37:04d} http://host{i % 3}.org/p?q={w}")
text = "\n".join(lines)
print(len(re.findall(r"\b[a-z]+\b", text)), len(re.findall(r"\d+", text)))
print(re.findall(r"key(\d)=val(\d+)", text)[:5])
print([m.group("y") for m in re.finditer(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", text)][:3])
m = re.search(r"(\w+)@(\w+)\.(com|org)", text)
print(m.group(0), m.groups(), m.span(), m.start(2), m.end(3), m.lastindex)
print(re.sub(r"val(\d+)", lambda mo: f"V{int(mo.group(1)) // 3}", lines[5]))
print(re.sub(r"(\w+)=(\w+)", r"\2<-\1", lines[6]), re.sub(r"a", "A", "banana", count=2))
print(re.subn(r"\s+", " ", "a  b\t\tc\n d"), re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(-)", "1-2-3"))
print(re.split(r"\s", "a b  c", maxsplit=1), re.findall(r"(a)(b)?", "ab a"), re.findall(r"", "ab"))
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc"), re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
pat = re.compile(r"^(?P<num>\d{3}) (?P<word>\S+)", re.M)
print(pat.pattern, pat.groups, sorted(pat.groupindex.items()), len(pat.findall(text)))
print([m.groupdict() for m in pat.finditer(text)][:2])
print(re.findall(r"ALPHA|beta", text, re.I)[:4], re.search(r"echo.foxtrot", "echo\nfoxtrot", re.S).group() == "echo\nfoxtrot")
verbose = re.compile(r"""
    (?P<scheme>https?)://   # scheme
    (?P<host>[\w.]+)        # host
    (?P<path>/\S*)?         # path
""", re.X)
print(verbose.search(text).groupdict())
print(re.escape("a.b*c?"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"\b\w+(?!\d)\b", "ab1 cd ef2")[:3])
print(re.sub(r"(?i)GAMMA(\d+)", r"g[\g<1>]", "gamma42 Gamma7"), re.match(r"(a+)+b", "aaab").span(), re.search(r"\Bta", "beta").start())
m = re.match(r"(?P<a>x)(y)?", "x")
print(m.group(1, 2), m.groups("-"), m.groupdict("?"), m[0], m["a"], m.expand(r"<\1>"), m.re.pattern, m.string, m.pos)
print(re.findall(r"[^\W\d_]+", "héllo wörld_42 ok"), re.findall(r"\d", "٣4"), re.sub(r"^", ">", "a\nb", flags=re.M))
cnt = {}
for w in re.findall(r"[a-z]+", text.lower()):
    cnt[w] = cnt.get(w, 0) + 1
print(sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
try:
    re.compile(r"(unclosed")
except re.error:
    print("re.error raised")
