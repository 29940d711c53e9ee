# Pins hashlib (md5, sha1, sha224, sha256, sha384, sha512: digests of standard vectors and block-boundary lengths, update/copy, attributes, new()) and hmac (RFC 4231 style vectors, long keys, copy, compare_digest).
import hashlib
import hmac

vectors = [b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 111, b"a" * 112, b"a" * 128, bytes(range(256)) * 3]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    ctor = getattr(hashlib, name)
    print(name, [ctor(v).hexdigest()[:16] for v in vectors], ctor().digest_size, ctor().block_size, ctor().name)
h = hashlib.sha256(b"hello ")
c = h.copy()
h.update(b"world")
c.update(bytearray(b"there"))
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"hello world").digest() == h.digest(), len(h.digest()))
print(hashlib.new("SHA1", b"x").hexdigest(), hashlib.new("md5").hexdigest(), sorted(hashlib.algorithms_guaranteed & {"md5", "sha256", "sha512"}))
m = hashlib.md5()
for chunk in (b"The quick brown ", b"fox jumps over ", b"the lazy dog"):
    m.update(chunk)
print(m.hexdigest(), hashlib.sha1(memoryview(b"The quick brown fox jumps over the lazy dog")).hexdigest())
for bad in (lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5").hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256).hexdigest())
print(hmac.new(b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", hashlib.sha512).hexdigest()[:32])
mac = hmac.new(b"k", digestmod="sha1")
mac.update(b"part1")
cp = mac.copy()
mac.update(b"part2")
print(mac.hexdigest(), cp.hexdigest(), mac.name, mac.digest_size, hmac.digest(b"k", b"m", "sha256").hex()[:16])
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest("ab", "ab"), hmac.compare_digest(b"a", b"ab"))
for bad in (lambda: hmac.new(b"k", b"m"), lambda: hmac.new("str", b"m", "md5"), lambda: hmac.compare_digest("a", b"a")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
