# Pins bytes methods: split/join/replace/strip/upper/find/count/startswith/hex/fromhex/decode.
b = b"  a,b,,c  "
print(b.strip().split(b","), b.split(), b"-".join([b"x", b"y", bytearray(b"z")]))
print(b"abcabc".replace(b"b", b"B"), b"abc".upper(), b"ABC".lower(), b"abcabc".find(b"c"), b"abcabc".count(b"a"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"abc".hex(), b"\x01\xff".hex(":"), bytes.fromhex("de ad BE EF"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"))
print(b"a\nb".splitlines(), b"x".center(5, b"*"), b"12".zfill(5), b"abc".title(), b" x ".isspace(), b"ab1".isalnum())
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(e)
