# Pins pyflate-style bit-level code: a Huffman coder over a bit writer/reader on bytearray, canonical codes, run-length and LZ77-ish back references, round-tripped.
import heapq
from collections import Counter


class BitWriter:
    def __init__(self):
        self.buf = bytearray()
        self.acc = 0
        self.n = 0

    def write(self, value, nbits):
        for i in range(nbits - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.buf.append(self.acc)
                self.acc = self.n = 0

    def flush(self):
        if self.n:
            self.buf.append(self.acc << (8 - self.n))
            self.acc = self.n = 0
        return bytes(self.buf)


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, nbits):
        v = 0
        for _ in range(nbits):
            byte = self.data[self.pos >> 3]
            bit = (byte >> (7 - (self.pos & 7))) & 1
            v = (v << 1) | bit
            self.pos += 1
        return v


def code_lengths(freqs):
    heap = [(f, i, (sym,)) for i, (sym, f) in enumerate(sorted(freqs.items()))]
    heapq.heapify(heap)
    lengths = dict.fromkeys(freqs, 0)
    if len(heap) == 1:
        return {heap[0][2][0]: 1}
    tie = len(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        for s in a + b:
            lengths[s] += 1
        heapq.heappush(heap, (f1 + f2, tie, a + b))
        tie += 1
    return lengths


def canonical(lengths):
    code = 0
    prev = 0
    table = {}
    for sym, ln in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= ln - prev
        table[sym] = (code, ln)
        code += 1
        prev = ln
    return table


def lz_tokens(data, window=64):
    i, out = 0, []
    while i < len(data):
        best_len = best_off = 0
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            out.append(("ref", best_off, best_len))
            i += best_len
        else:
            out.append(("lit", data[i]))
            i += 1
    return out


def encode(data):
    toks = lz_tokens(data)
    syms = Counter(t[1] if t[0] == "lit" else 256 + t[2] for t in toks)
    table = canonical(code_lengths(syms))
    w = BitWriter()
    for t in toks:
        sym = t[1] if t[0] == "lit" else 256 + t[2]
        c, ln = table[sym]
        w.write(c, ln)
        if t[0] == "ref":
            w.write(t[1], 6)
    return w.flush(), table, len(toks)


def decode(blob, table, ntoks):
    rev = {v: k for k, v in table.items()}
    r = BitReader(blob)
    out = bytearray()
    for _ in range(ntoks):
        code = ln = 0
        while (code, ln) not in rev:
            code = (code << 1) | r.read(1)
            ln += 1
        sym = rev[(code, ln)]
        if sym < 256:
            out.append(sym)
        else:
            off = r.read(6)
            for _ in range(sym - 256):
                out.append(out[-off])
    return bytes(out)


text = (b"abracadabra " * 6 + b"the rain in spain stays mainly in the plain. " * 4
        + bytes(range(40, 90)) + b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")
blob, table, n = encode(text)
print(len(text), len(blob), n, len(table), f"{len(blob) / len(text):.4f}")
print(blob[:24].hex())
print(sorted((chr(s) if s < 256 else f"<{s - 256}>", c) for s, c in table.items())[:10])
back = decode(blob, table, n)
print(back == text, back[:30])
w = BitWriter()
for v, nb in [(5, 3), (0, 1), (1023, 10), (1, 1), (0x1234, 16)]:
    w.write(v, nb)
data = w.flush()
r = BitReader(data)
print(data.hex(), [r.read(nb) for nb in (3, 1, 10, 1, 16)])
