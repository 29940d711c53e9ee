# bytes/bytearray methods with unusual args
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b = b'Hello World'
t(lambda: b.split()); t(lambda: b.split(b'o', 1)); t(lambda: b.rsplit(b'o', 1)); t(lambda: b.upper()); t(lambda: b.find(111)); t(lambda: b.count(b'l'))
t(lambda: b[0]); t(lambda: b[-1:]); t(lambda: b[::-1]); t(lambda: b.hex()); t(lambda: b.hex(':')); t(lambda: bytes.fromhex('de ad be ef')); t(lambda: bytes.fromhex('zz'))
t(lambda: bytes(3)); t(lambda: bytes([1, 2, 256])); t(lambda: bytes('abc')); t(lambda: bytes('abc', 'utf-8')); t(lambda: bytes(-1)); t(lambda: b'a' + 'b')
t(lambda: b'abc'.decode()); t(lambda: b'\xff'.decode()); t(lambda: b'\xff'.decode('utf-8', 'replace')); t(lambda: b'\xff'.decode('latin-1')); t(lambda: b'\xe9'.decode('ascii', 'ignore'))
t(lambda: b'a,b'.replace(b',', b';')); t(lambda: b'  x '.strip()); t(lambda: b'xx'.center(6, b'-')); t(lambda: b'abc'.startswith((b'a', b'z'))); t(lambda: b'%s' % b'x')
t(lambda: b'a' in b'abc'); t(lambda: 97 in b'abc'); t(lambda: 'a' in b'abc'); t(lambda: 300 in b'abc'); t(lambda: b'ab' * 3); t(lambda: b','.join([b'a', b'b'])); t(lambda: b','.join(['a']))
ba = bytearray(b'abc')
ba.append(100); ba.extend(b'ef'); ba[0] = 65; print(ba, len(ba)); ba[1:3] = b'XYZ'; print(ba); del ba[0]; print(ba); ba.reverse(); print(ba)
t(lambda: ba.append(256)); t(lambda: ba.pop()); t(lambda: bytearray().pop()); t(lambda: ba.remove(200)); t(lambda: ba.insert(0, 65) or ba); t(lambda: bytearray(b'x') == b'x')
t(lambda: hash(bytearray())); t(lambda: bytearray(2)); t(lambda: bytearray('é', 'utf-8')); t(lambda: b'abc' < b'abd'); t(lambda: b'a' < 'a'); t(lambda: b'a' == 'a')
t(lambda: list(b'ab')); t(lambda: b'abc'.index(b'z')); t(lambda: b'a\tb'.expandtabs(4)); t(lambda: b'abc'.title()); t(lambda: b'aBc'.swapcase()); t(lambda: b'12'.isdigit())
t(lambda: b'x'.zfill(3)); t(lambda: b'a b'.partition(b' '));
t(lambda: repr(b'\x00\n\'"\x7f\x80')); t(lambda: str(b'x')); t(lambda: bytes(bytearray(b'q'))); t(lambda: b'abc'.splitlines())
t(lambda: int.from_bytes(bytearray(b'\x01\x02'), 'big')); t(lambda: memoryview(b'abc')[1]); t(lambda: bytes(memoryview(b'abc')[1:])); t(lambda: b'%d%%' % 5); t(lambda: b'%x' % 255)
t(lambda: b'a'.decode('nope')); t(lambda: 'a'.encode(errors='strict')); t(lambda: 'ab€'.encode('utf-16-le')); t(lambda: 'x'.encode('utf-32')[:4])
