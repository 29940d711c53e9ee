# Pins the UTF-16/UTF-32 codecs: BOM forms, byte orders, alias spellings, surrogate pairs, bytes(str, enc), and decode/encode error reasons.
for enc in ("utf-16", "utf-16-le", "UTF-16BE", "utf_32", "utf-32-le", "utf_32be", "U16"):
    b = "hé€😀".encode(enc)
    print(enc, b, b.decode(enc), len(b))
print(b"\xff\xfeh\x00".decode("utf-16"), b"\xfe\xff\x00h".decode("utf-16"), b"h\x00".decode("utf-16"), repr(b"\xff\xfe".decode("utf-16-le")))
print(bytes("hi", "utf-16-le"), bytearray("hi", "utf-32-be"), "x".encode("utf-16-le", "strict"))
for bad, enc in [(b"a", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"abc", "utf-32"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\x00\xd8\x00", "utf-16-le")]:
    try: print(bad.decode(enc))
    except UnicodeDecodeError as e: print(e)
try: chr(0xd800).encode("utf-16")
except UnicodeEncodeError as e: print(e)
