"""hashlib: secure hashes (tierpy's bundled module, in Python): md5,
sha1, sha224, sha256, sha384, sha512 and new(name), with update, digest,
hexdigest, copy, name, digest_size and block_size, as FIPS 180-4 and
RFC 1321 define them. Written in Python, so hashing large inputs is
slow. Not here: sha3, blake2, shake, pbkdf2_hmac, scrypt, file_digest."""

import struct

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available')

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))
algorithms_available = algorithms_guaranteed

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Hash:
    """The shared machinery: buffer the input and feed whole blocks to
    _compress; digest() pads a copy of the state."""

    name = ''
    digest_size = 0
    block_size = 64
    _length_bytes = 8
    _big_endian = True

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._h = list(self._initial)
        self._buf = b''
        self._count = 0
        if data:
            self.update(data)

    def update(self, data):
        data = self._buf + _bytes_of(data)
        self._count += len(data) - len(self._buf)
        bs = self.block_size
        n = len(data) - len(data) % bs
        for i in range(0, n, bs):
            self._compress(data[i:i + bs])
        self._buf = data[n:]

    def copy(self):
        other = object.__new__(type(self))
        other._h = list(self._h)
        other._buf = self._buf
        other._count = self._count
        return other

    def digest(self):
        c = self.copy()
        bits = self._count * 8
        pad = b'\x80' + b'\x00' * ((self.block_size - self._length_bytes - 1 - self._count)
                                  % self.block_size)
        order = 'big' if self._big_endian else 'little'
        c._finish(pad + bits.to_bytes(self._length_bytes, order))
        return c._output()

    def _finish(self, tail):
        data = self._buf + tail
        for i in range(0, len(data), self.block_size):
            self._compress(data[i:i + self.block_size])
        self._buf = b''

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & _M32


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


# ---- MD5 (RFC 1321) ------------------------------------------------------------------------------

_MD5_K = [int(abs(__import__('math').sin(i + 1)) * 2 ** 32) & _M32 for i in range(64)]
_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


class _MD5(_Hash):
    name = 'md5'
    digest_size = 16
    _big_endian = False
    _initial = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)

    def _compress(self, block):
        m = struct.unpack('<16I', block)
        a, b, c, d = self._h
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _M32
            a, d, c = d, c, b
            b = (b + _rotl32(f, _MD5_S[i])) & _M32
        h = self._h
        self._h = [(h[0] + a) & _M32, (h[1] + b) & _M32, (h[2] + c) & _M32, (h[3] + d) & _M32]

    def _output(self):
        return struct.pack('<4I', *self._h)


# ---- SHA-1 -----------------------------------------------------------------------------------------


class _SHA1(_Hash):
    name = 'sha1'
    digest_size = 20
    _initial = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)

    def _compress(self, block):
        w = list(struct.unpack('>16I', block))
        for i in range(16, 80):
            w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = self._h
        for i in range(80):
            if i < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif i < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif i < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            t = (_rotl32(a, 5) + (f & _M32) + e + k + w[i]) & _M32
            a, b, c, d, e = t, a, _rotl32(b, 30), c, d
        self._h = [(x + y) & _M32 for x, y in zip(self._h, (a, b, c, d, e))]

    def _output(self):
        return struct.pack('>5I', *self._h)


# ---- SHA-2 (FIPS 180-4) ----------------------------------------------------------------------------


def _primes(n):
    out, k = [], 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


def _frac_root_bits(x, root, bits):
    """The first `bits` bits of the fractional part of x ** (1/root),
    exactly (integer arithmetic)."""
    scaled = x << (root * bits)
    lo, hi = 0, 1 << (bits + 8)
    while lo < hi:                      # integer root by bisection
        mid = (lo + hi + 1) // 2
        if mid ** root <= scaled:
            lo = mid
        else:
            hi = mid - 1
    return lo & ((1 << bits) - 1)


_P80 = _primes(80)
_K256 = [_frac_root_bits(p, 3, 32) for p in _P80[:64]]
_K512 = [_frac_root_bits(p, 3, 64) for p in _P80]


class _SHA256(_Hash):
    name = 'sha256'
    digest_size = 32
    _initial = tuple(_frac_root_bits(p, 2, 32) for p in _P80[:8])

    def _compress(self, block):
        w = list(struct.unpack('>16I', block))
        for i in range(16, 64):
            s0 = _rotr32(w[i - 15], 7) ^ _rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = _rotr32(w[i - 2], 17) ^ _rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
        a, b, c, d, e, f, g, h = self._h
        for i in range(64):
            s1 = _rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _K256[i] + w[i]) & _M32
            s0 = _rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _M32
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
        self._h = [(x + y) & _M32 for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def _output(self):
        return struct.pack('>8I', *self._h)[:self.digest_size]


class _SHA224(_SHA256):
    name = 'sha224'
    digest_size = 28
    _initial = tuple(_frac_root_bits(p, 2, 64) & _M32 for p in _P80[8:16])


class _SHA512(_Hash):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _length_bytes = 16
    _initial = tuple(_frac_root_bits(p, 2, 64) for p in _P80[:8])

    def _compress(self, block):
        w = list(struct.unpack('>16Q', block))
        for i in range(16, 80):
            s0 = _rotr64(w[i - 15], 1) ^ _rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7)
            s1 = _rotr64(w[i - 2], 19) ^ _rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
        a, b, c, d, e, f, g, h = self._h
        for i in range(80):
            s1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _K512[i] + w[i]) & _M64
            s0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _M64
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M64, c, b, a, (t1 + t2) & _M64
        self._h = [(x + y) & _M64 for x, y in zip(self._h, (a, b, c, d, e, f, g, h))]

    def _output(self):
        return struct.pack('>8Q', *self._h)[:self.digest_size]


class _SHA384(_SHA512):
    name = 'sha384'
    digest_size = 48
    _initial = tuple(_frac_root_bits(p, 2, 64) for p in _P80[8:16])


_CONSTRUCTORS = {'md5': _MD5, 'sha1': _SHA1, 'sha224': _SHA224, 'sha256': _SHA256,
                 'sha384': _SHA384, 'sha512': _SHA512}


def _constructor(cls):
    def make(string=b'', *, usedforsecurity=True):
        return cls(string)
    make.__name__ = make.__qualname__ = 'openssl_' + cls.name
    return make


md5 = _constructor(_MD5)
sha1 = _constructor(_SHA1)
sha224 = _constructor(_SHA224)
sha256 = _constructor(_SHA256)
sha384 = _constructor(_SHA384)
sha512 = _constructor(_SHA512)


def new(name, data=b'', **kwargs):
    """A hash object of the algorithm called name."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    cls = _CONSTRUCTORS.get(name.lower())
    if cls is None:
        raise ValueError('unsupported hash type ' + name)
    return cls(data)
