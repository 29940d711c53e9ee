"""json.encoder: Python values to JSON text."""

__all__ = ['JSONEncoder']

try:   # the C speedups (vm/modules/jsonmodule.c); the Python below without them
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
    from _json import encode_basestring as c_encode_basestring
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_encode_basestring_ascii = c_encode_basestring = c_make_encoder = None

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u{0:04x}'.format(_i))

INFINITY = float('inf')


def _encode_string(s):
    """A JSON string: quotes, and escapes for control characters."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + ''.join(_ESCAPES.get(c, c) for c in s) + '"'


def _encode_string_ascii(s):
    """A JSON string with everything beyond ASCII as \\uXXXX (surrogate pairs)."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x7f:
            out.append(c)
        elif n < 0x10000:
            out.append('\\u{0:04x}'.format(n))
        else:
            n -= 0x10000
            out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = c_encode_basestring or _encode_string
encode_basestring_ascii = c_encode_basestring_ascii or _encode_string_ascii


class JSONEncoder:
    """Encodes dict, list, tuple, str, int, float, True, False and None;
    anything else goes through default()."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if _one_shot and c_make_encoder is not None:
            # the whole text at once, indent included (CPython's C encoder
            # takes no indent; this one writes the Python layout)
            string = c_encode_basestring_ascii if self.ensure_ascii else c_encode_basestring
            return c_make_encoder(markers, self.default, string, indent, self.key_separator,
                                  self.item_separator, self.sort_keys, self.skipkeys,
                                  self.allow_nan)(o, 0)
        return _Writer(self, markers, indent).chunks(o)


class _Writer:
    """One encoding run: the encoder's settings and the containers being
    written (for the circular reference check)."""

    def __init__(self, enc, markers, indent):
        self.enc = enc
        self.markers = markers
        self.indent = indent
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def chunks(self, o, level=0):
        if isinstance(o, str):
            yield self.string(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield self.float_text(o)
        elif isinstance(o, (list, tuple)):
            yield from self.list_chunks(o, level)
        elif isinstance(o, dict):
            yield from self.dict_chunks(o, level)
        else:
            self.enter(o)
            yield from self.chunks(self.enc.default(o), level)
            self.leave(o)

    def newline(self, level):
        return '\n' + self.indent * level

    def list_chunks(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            inner = self.newline(level)
            sep += inner
            yield '[' + inner
        else:
            yield '['
        first = True
        for value in lst:
            if not first:
                yield sep
            first = False
            yield from self.chunks(value, level)
        if self.indent is not None:
            yield self.newline(level - 1)
        yield ']'
        self.leave(lst)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def dict_chunks(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            inner = self.newline(level)
            sep += inner
            yield '{' + inner
        else:
            yield '{'
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if not first:
                yield sep
            first = False
            yield self.string(text)
            yield self.enc.key_separator
            yield from self.chunks(value, level)
        if self.indent is not None:
            yield self.newline(level - 1)
        yield '}'
        self.leave(dct)
