"""json.decoder: JSON text to Python values, with CPython's error messages
and positions."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

try:   # the C speedups (vm/modules/jsonmodule.c); the Python below without them
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                   'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class JSONDecodeError(ValueError):
    """A JSON document could not be decoded: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Parser:
    """One decode: the document and the decoder's hooks."""

    def __init__(self, dec, s):
        self.s = s
        self.dec = dec

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.s, pos)

    def value(self, i):
        """The value starting at i (no leading space): (value, end)."""
        s = self.s
        if i >= len(s):
            self.fail("Expecting value", i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.dec.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.dec.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.dec.parse_constant('-Infinity'), i + 9
        if c == '-' or c in _DIGITS:
            return self.number(i)
        self.fail("Expecting value", i)

    def number(self, i):
        s = self.s
        n = len(s)
        start = i
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and s[i] in '123456789':
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            self.fail("Expecting value", start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.dec.parse_float(text), i
        return self.dec.parse_int(text), i

    def string(self, i):
        """The string whose opening quote is at i - 1: (str, end)."""
        s = self.s
        n = len(s)
        begin = i - 1
        chunks = []
        strict = self.dec.strict
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and (s[j] >= ' ' or not strict):
                j += 1
            if j >= n:
                self.fail("Unterminated string starting at", begin)
            chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                self.fail("Invalid control character at", j)
            if j + 1 >= n:
                self.fail("Unterminated string starting at", begin)
            esc = s[j + 1]
            if esc != 'u':
                if esc not in _SIMPLE_ESCAPES:
                    self.fail("Invalid \\escape", j)
                chunks.append(_SIMPLE_ESCAPES[esc])
                i = j + 2
                continue
            code, i = self.unicode_escape(j)
            chunks.append(code)

    def hex4(self, j):
        """The four hex digits after the \\u at j."""
        digits = self.s[j + 2:j + 6]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        self.fail("Invalid \\uXXXX escape", j + 1)

    def unicode_escape(self, j):
        u = self.hex4(j)
        end = j + 6
        if 0xd800 <= u <= 0xdbff and self.s[end:end + 2] == '\\u':
            low = self.hex4(end)
            if 0xdc00 <= low <= 0xdfff:
                u = 0x10000 + (((u - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        return chr(u), end

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == '}':
            return self.make_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                self.fail("Expecting property name enclosed in double quotes", i)
            key, i = self.string(i + 1)
            i = _skip_ws(s, i)
            if i >= len(s) or s[i] != ':':
                self.fail("Expecting ':' delimiter", i)
            i = _skip_ws(s, i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == '}':
                return self.make_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = _skip_ws(s, i + 1)

    def make_object(self, pairs):
        if self.dec.object_pairs_hook is not None:
            return self.dec.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.dec.object_hook is not None:
            return self.dec.object_hook(obj)
        return obj

    def array(self, i):
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = _skip_ws(s, i + 1)


class JSONDecoder:
    """Decodes JSON documents: objects to dicts, arrays to lists, and so on."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = c_make_scanner(self) if c_make_scanner is not None else None

    def decode(self, s):
        """The value of the whole document `s` (surrounding space allowed)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end) for the document starting at s[idx]."""
        try:
            if self.scan_once is not None:
                return self.scan_once(s, idx)
            return _Parser(self, s).value(idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
