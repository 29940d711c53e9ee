# bytes.translate, bytes.maketrans and bytes.removeprefix/removesuffix
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: b'abc'.translate(None, b'b')); t(lambda: bytes.maketrans(b'a', b'b')[95:100]); t(lambda: b'abc'.translate(bytes.maketrans(b'a', b'z')))
t(lambda: b'ab'.removeprefix(b'a')); t(lambda: b'ab'.removesuffix(b'b')); t(lambda: bytearray(b'xab').removeprefix(b'x'))
