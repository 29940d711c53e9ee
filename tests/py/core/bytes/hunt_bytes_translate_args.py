# bytes/bytearray translate, maketrans, removeprefix/removesuffix: argument errors and types
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
tbl = bytes.maketrans(b'abc', b'xyz')
t(lambda: b'aabbcc'.translate(tbl)); t(lambda: b'aabbcc'.translate(tbl, b'b')); t(lambda: b'abc'.translate(None, delete=b'ac')); t(lambda: b'abc'.translate(b'x'))
t(lambda: b'abc'.translate('x' * 256)); t(lambda: b'abc'.translate()); t(lambda: bytes.maketrans(b'ab', b'c')); t(lambda: bytes.maketrans('a', 'b')); t(lambda: len(bytearray.maketrans(b'a', b'b')))
t(lambda: type(bytearray.maketrans(b'a', b'b')).__name__); t(lambda: bytearray(b'abc').translate(tbl)); t(lambda: bytearray(b'abc').translate(None, b'b'))
t(lambda: b'abc'.translate(bytearray(tbl))); t(lambda: b'abc'.maketrans(b'a', b'q')[97:99]); t(lambda: b'abc'.translate(memoryview(tbl)))
t(lambda: b'prefix-body'.removeprefix(b'prefix-')); t(lambda: b'body.txt'.removesuffix(b'.txt')); t(lambda: b'abc'.removeprefix(b'')); t(lambda: b'abc'.removesuffix(b'abcd'))
t(lambda: b'abc'.removeprefix('a')); t(lambda: b'abc'.removeprefix()); t(lambda: bytearray(b'abc').removesuffix(bytearray(b'c'))); t(lambda: b'abc'.removeprefix(memoryview(b'ab')))
b = b'same'; print(b.removeprefix(b'x') is b, b.translate(None) == b)
