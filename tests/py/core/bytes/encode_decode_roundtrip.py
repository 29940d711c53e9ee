# Pins str<->bytes round trips in utf-8, utf-16, latin-1 and error handlers.
s = "naïve café 日本 🐍"
for enc in ("utf-8", "utf-16-le", "utf-32-be"):
    b = s.encode(enc)
    print(enc, len(b), b[:8], b.decode(enc) == s)
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), "x".encode("ascii"))
print(s.encode("ascii", "xmlcharrefreplace"), b"\xe6\x97".decode("utf-8", "backslashreplace"))
try:
    "日本".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    b"abc".decode("no-such-codec")
except LookupError as e:
    print(e)
