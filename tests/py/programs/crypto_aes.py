# Pins byte-level crypto code in the style of crypto_pyaes: an AES-128 key schedule and block cipher on lists/bytes/bytearray with xor, table lookups, CTR mode and hex digests.


def xtime(a):
    a <<= 1
    return (a ^ 0x1B) & 0xFF if a & 0x100 else a


def gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = xtime(a)
        b >>= 1
    return r


def make_sbox():
    inv = [0] * 256
    for x in range(1, 256):
        for y in range(1, 256):
            if gmul(x, y) == 1:
                inv[x] = y
                break
    sbox = []
    for x in range(256):
        b = inv[x]
        s = b
        for i in range(1, 5):
            s ^= ((b << i) | (b >> (8 - i))) & 0xFF
        sbox.append(s ^ 0x63)
    return bytes(sbox)


SBOX = make_sbox()
INV_SBOX = bytes(SBOX.index(i) for i in range(256))


def expand_key(key):
    words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    rcon = 1
    for i in range(4, 44):
        t = list(words[i - 1])
        if i % 4 == 0:
            t = t[1:] + t[:1]
            t = [SBOX[b] for b in t]
            t[0] ^= rcon
            rcon = xtime(rcon)
        words.append([a ^ b for a, b in zip(words[i - 4], t)])
    return [sum(words[r * 4:r * 4 + 4], []) for r in range(11)]


def shift_rows(s, inv=False):
    out = bytearray(16)
    for c in range(4):
        for r in range(4):
            src = (c + r) % 4 if not inv else (c - r) % 4
            out[c * 4 + r] = s[src * 4 + r]
    return out


def mix_columns(s, inv=False):
    m = (14, 11, 13, 9) if inv else (2, 3, 1, 1)
    out = bytearray(16)
    for c in range(4):
        col = s[c * 4:c * 4 + 4]
        for r in range(4):
            out[c * 4 + r] = (gmul(col[0], m[(0 - r) % 4]) ^ gmul(col[1], m[(1 - r) % 4])
                              ^ gmul(col[2], m[(2 - r) % 4]) ^ gmul(col[3], m[(3 - r) % 4]))
    return out


def encrypt_block(rk, block):
    s = bytearray(a ^ b for a, b in zip(block, rk[0]))
    for rnd in range(1, 11):
        s = bytearray(SBOX[b] for b in s)
        s = shift_rows(s)
        if rnd != 10:
            s = mix_columns(s)
        s = bytearray(a ^ b for a, b in zip(s, rk[rnd]))
    return bytes(s)


def decrypt_block(rk, block):
    s = bytearray(a ^ b for a, b in zip(block, rk[10]))
    for rnd in range(9, -1, -1):
        s = shift_rows(s, inv=True)
        s = bytearray(INV_SBOX[b] for b in s)
        s = bytearray(a ^ b for a, b in zip(s, rk[rnd]))
        if rnd:
            s = mix_columns(s, inv=True)
    return bytes(s)


def ctr(rk, nonce, data):
    out = bytearray()
    for i in range(0, len(data), 16):
        ks = encrypt_block(rk, nonce + (i // 16).to_bytes(8, "big"))
        out += bytes(a ^ b for a, b in zip(data[i:i + 16], ks))
    return bytes(out)


print(SBOX[:8].hex(), SBOX[0x53], INV_SBOX[0xED], len(set(SBOX)))
key = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
rk = expand_key(key)
print(bytes(rk[10]).hex())
pt = bytes.fromhex("00112233445566778899aabbccddeeff")
ct = encrypt_block(rk, pt)
print(ct.hex(), decrypt_block(rk, ct) == pt)
msg = b"The quick brown fox jumps over the lazy dog. " * 3
enc = ctr(rk, b"\x00" * 8, msg)
print(len(enc), enc[:16].hex(" "), enc[-4:], ctr(rk, b"\x00" * 8, enc) == msg)
ba = bytearray(b"hello")
ba[0] ^= 0x20
ba.extend(b"!" * 2)
print(ba, ba.hex("-", 2), bytes(reversed(ba)), ba.upper(), int.from_bytes(ba[:4], "little"), (1234).to_bytes(4, "big"))
