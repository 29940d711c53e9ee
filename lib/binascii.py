"""binascii: conversions between binary data and ASCII encodings
(tierpy's bundled module, in Python): hex, base64, CRC-32 and CRC-CCITT.
Not here: uu, quoted-printable and BinHex (a2b_uu, b2a_qp, ...)."""

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'b2a_base64', 'b2a_hex', 'crc32',
           'crc_hqx', 'hexlify', 'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_HEXDIGITS = b'0123456789abcdef'


def _bytes_arg(data, fname, ascii_str=False):
    """The bytes of a bytes-like argument (str too, when ASCII, for the
    a2b_ functions)."""
    if isinstance(data, str):
        if not ascii_str:
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The bytes as lowercase hex digits (two per byte), optionally grouped."""
    data = _bytes_arg(data, 'b2a_hex')
    if sep is None:
        return data.hex().encode('ascii')
    if isinstance(sep, bytes):
        sep = sep.decode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    """The bytes that a string of hex digits (two per byte) stands for."""
    data = _bytes_arg(hexstr, 'a2b_hex', True)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEXDIGITS.find(bytes([data[i]]).lower())
        lo = _HEXDIGITS.find(bytes([data[i + 1]]).lower())
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex


def b2a_base64(data, *, newline=True):
    """Base64 of the bytes, with a trailing newline unless newline=False."""
    data = _bytes_arg(data, 'b2a_base64')
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes a base64 text stands for. Characters outside the
    alphabet are skipped (unless strict_mode); padding that completes a
    group ends the data."""
    data = _bytes_arg(data, 'a2b_base64', True)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    acc = 0
    quad = 0          # data characters in the current group of four
    pads = 0
    padding_started = False
    for pos, c in enumerate(data):
        if c == 61:      # '=': counts only once two data characters are in
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and pos + 1 < len(data):
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        acc = (acc << 6) | v
        quad += 1
        if quad == 2:
            out.append(acc >> 4)
            acc &= 0xF
        elif quad == 3:
            out.append(acc >> 2)
            acc &= 0x3
        elif quad == 4:
            out.append(acc)
            acc = 0
            quad = 0
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be '
                    '1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad:
        raise Error('Incorrect padding')
    return bytes(out)


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0):
    """CRC-32 (the zlib/PNG polynomial) of the bytes, continuing from crc."""
    data = _bytes_arg(data, 'crc32')
    crc = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, crc):
    """CRC-CCITT (polynomial 0x1021, as BinHex uses) of the bytes."""
    data = _bytes_arg(data, 'crc_hqx')
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
