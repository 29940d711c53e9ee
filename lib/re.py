"""re: regular expressions with Python's syntax and API.

tierpy's bundled version: the matching is done by PCRE2 (the `_pcre`
module, Debian's libpcre2), whose syntax is close to Python's; this module
translates the few places where they differ (\\Z, {,n}, \\uXXXX) and
provides Pattern and Match objects, sub() templates, split() and findall()
as CPython 3.11 has them. Not supported: \\N{name} escapes in patterns,
the LOCALE flag, and the scanner/template internals."""

import _pcre

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
           "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG"]

class RegexFlag(int):
    """The flags: ints that print as re.IGNORECASE|re.MULTILINE."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        names = ['re.' + name for bit, name in _FLAG_NAMES if value & bit]
        rest = value & ~_ALL_BITS
        if rest or not names:
            names.append(hex(rest))
        return '|'.join(names)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_BITS & ~int(self))


# In the order RegexFlag defines them, which is the order reprs list them.
_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'), (128, 'DEBUG')]
_ALL_BITS = 511

NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_MAXSIZE = (1 << 63) - 1


class error(Exception):
    """A pattern that cannot be compiled: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


# ---- translating Python's syntax to PCRE2's ----------------------------------------------------

_HEX = '0123456789abcdefABCDEF'


def _translate(p, is_bytes):
    """The pattern text with Python-only forms rewritten for PCRE2."""
    if is_bytes:
        p = p.decode('latin-1')
    out = []
    i = 0
    n = len(p)
    in_class = False
    while i < n:
        c = p[i]
        if c == '\\' and i + 1 < n:
            e = p[i + 1]
            if e == 'Z' and not in_class:
                out.append('\\z')
                i += 2
                continue
            if e in 'uU' and not is_bytes:
                width = 4 if e == 'u' else 8
                digits = p[i + 2:i + 2 + width]
                if len(digits) != width or any(d not in _HEX for d in digits):
                    raise error('incomplete escape \\%s%s' % (e, digits), p, i)
                out.append('\\x{%s}' % digits)
                i += 2 + width
                continue
            if e == 'N' and not is_bytes:
                raise error('tierpy does not support named Unicode escapes (\\N{...}) in '
                            'patterns', p, i)
            out.append(p[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == ']' and not (out and out[-1] in ('[', '[^')):
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == '[':
            in_class = True
            if p.startswith('[^', i):
                out.append('[^')
                i += 2
            else:
                out.append('[')
                i += 1
            if i < n and p[i] == ']':
                out.append('\\]')
                i += 1
            continue
        if c == '{' and i + 1 < n and p[i + 1] == ',':
            j = i + 2
            while j < n and p[j].isdigit():
                j += 1
            if j < n and p[j] == '}':
                out.append('{0,' + p[i + 2:j] + '}')
                i = j + 1
                continue
        out.append(c)
        i += 1
    return ''.join(out)


def _options(flags, is_bytes):
    opts = 0
    if flags & IGNORECASE:
        opts |= _pcre.CASELESS
    if flags & MULTILINE:
        opts |= _pcre.MULTILINE
    if flags & DOTALL:
        opts |= _pcre.DOTALL
    if flags & VERBOSE:
        opts |= _pcre.EXTENDED
    if not is_bytes:
        opts |= _pcre.UTF | _pcre.MATCH_INVALID_UTF
        if not flags & ASCII:
            opts |= _pcre.UCP
    return opts


# ---- patterns -----------------------------------------------------------------------------------

class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags):
        is_bytes = isinstance(pattern, (bytes, bytearray))
        if not is_bytes and not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        if flags & LOCALE:
            if not is_bytes:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            raise NotImplementedError("tierpy's re does not support the LOCALE flag")
        if is_bytes and flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        if not is_bytes and not flags & ASCII:
            flags |= UNICODE
        self.pattern = pattern
        self.flags = int(flags)
        self._bytes = is_bytes
        text = _translate(bytes(pattern) if is_bytes else pattern, is_bytes)
        if is_bytes:
            text = text.encode('latin-1')
        try:
            self._code = _pcre.compile(text, _options(flags, is_bytes))
        except ValueError as e:
            msg, pos = e.args
            raise error(msg, pattern, min(pos, len(pattern))) from None
        self.groups = self._code.groups
        # PCRE2 lists names alphabetically; Python by group number.
        self.groupindex = dict(sorted(self._code.groupindex().items(), key=lambda kv: kv[1]))

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = int(self.flags)
        if not self._bytes:
            flags &= ~32
        if not flags:
            return 're.compile(%s)' % text
        return 're.compile(%s, %r)' % (text, RegexFlag(flags))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _check(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if isinstance(string, bytearray):
                return bytes(string)
        elif not isinstance(string, str):
            raise TypeError("cannot use a string pattern on a bytes-like object"
                            if isinstance(string, (bytes, bytearray))
                            else "expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        return string

    def _one(self, string, pos, endpos, mode):
        subject = self._check(string)
        n = len(subject)
        pos, endpos = _bounds(pos, endpos, n)
        offsets = self._code.scan(subject, pos, endpos, mode, 0)
        if offsets is None:
            return None
        return Match(self, string, pos, endpos, offsets)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, _pcre.MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, _pcre.FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, _pcre.SEARCH)

    def _all(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        subject = self._check(string)
        pos, endpos = _bounds(pos, endpos, len(subject))
        return pos, endpos, self._code.scan(subject, pos, endpos, _pcre.ALL, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos, found = self._all(string, pos, endpos)
        for offsets in found:
            yield Match(self, string, pos, endpos, offsets)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        pos, endpos, found = self._all(string, pos, endpos)
        empty = string[:0]
        out = []
        for o in found:
            if self.groups == 0:
                out.append(string[o[0]:o[1]])
            elif self.groups == 1:
                out.append(string[o[2]:o[3]] if o[2] >= 0 else empty)
            else:
                out.append(tuple(string[o[2 * g]:o[2 * g + 1]] if o[2 * g] >= 0 else empty
                                 for g in range(1, self.groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        _, _, found = self._all(string, 0, _MAXSIZE, maxsplit)
        out = []
        last = 0
        for o in found:
            out.append(string[last:o[0]])
            for g in range(1, self.groups + 1):
                out.append(string[o[2 * g]:o[2 * g + 1]] if o[2 * g] >= 0 else None)
            last = o[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if count < 0:
            return string, 0
        _, _, found = self._all(string, 0, _MAXSIZE, count)
        if callable(repl):
            expand = lambda m: repl(m)
        else:
            template = _compile_template(self, repl)
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                literal = template[0]
                expand = lambda m: literal
            else:
                expand = lambda m: _expand(template, m)
        pieces = []
        last = 0
        for o in found:
            pieces.append(string[last:o[0]])
            piece = expand(Match(self, string, 0, len(string), o))
            if piece:
                pieces.append(piece)
            last = o[1]
        pieces.append(string[last:])
        return string[:0].join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("tierpy's re has no Pattern.scanner()")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _bounds(pos, endpos, n):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


# ---- matches ------------------------------------------------------------------------------------

class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, offsets):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._o = offsets

    def _index(self, g):
        if isinstance(g, (str, bytes)):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        else:
            try:
                g = g.__index__()
            except AttributeError:
                pass
            else:
                if 0 <= g <= self.re.groups:
                    return g
        raise IndexError("no such group")

    def _get(self, g, default=None):
        g = self._index(g)
        start = self._o[2 * g]
        if start < 0:
            return default
        return self.string[start:self._o[2 * g + 1]]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._o[2 * self._index(group)]

    def end(self, group=0):
        return self._o[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._o[2 * g], self._o[2 * g + 1])

    @property
    def regs(self):
        return tuple((self._o[2 * g], self._o[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            end = self._o[2 * g + 1]
            if self._o[2 * g] >= 0 and end > best_end:
                best, best_end = g, end
        return best

    @property
    def lastgroup(self):
        last = self.lastindex
        for name, index in self.re.groupindex.items():
            if index == last:
                return name
        return None

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- sub() templates ----------------------------------------------------------------------------

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}


def _compile_template(pattern, repl):
    """The pieces of a replacement: literal strs and group numbers."""
    is_bytes = isinstance(repl, (bytes, bytearray))
    text = repl.decode('latin-1') if is_bytes else repl
    pieces = []
    literal = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, i)
        e = text[i + 1]
        if e == 'g':
            end = text.find('>', i + 3)
            if not text.startswith('<', i + 2):
                raise error('missing <', repl, i + 2)
            if end < 0:
                raise error('missing >, unterminated name', repl, i + 3)
            name = text[i + 3:end]
            if not name:
                raise error('missing group name', repl, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, repl, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            pieces.append(''.join(literal))
            literal = []
            pieces.append(index)
            i = end + 1
        elif e.isdigit():
            j = i + 1
            if e == '0':
                k = j
                while k < n and k < j + 3 and text[k] in '01234567':
                    k += 1
                literal.append(chr(int(text[j:k], 8)))
                i = k
                continue
            k = j + 1
            if k < n and text[k].isdigit():
                k += 1
            index = int(text[j:k])
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, j)
            pieces.append(''.join(literal))
            literal = []
            pieces.append(index)
            i = k
        elif e in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[e])
            i += 2
        elif e.isascii() and e.isalpha():
            raise error('bad escape \\%s' % e, repl, i)
        else:
            literal.append('\\' + e)
            i += 2
    pieces.append(''.join(literal))
    pieces = [p for p in pieces if p != '']
    if is_bytes:
        pieces = [p.encode('latin-1') if isinstance(p, str) else p for p in pieces]
    return pieces or [repl[:0]]


def _expand(template, match):
    empty = match.string[:0]
    out = []
    for piece in template:
        if isinstance(piece, int):
            value = match.group(piece)
            if value is not None:
                out.append(value)
        else:
            out.append(piece)
    return empty.join(out)


# ---- the module's functions ---------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    """Compile a pattern (a str or bytes, or a Pattern returned as is)."""
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def purge():
    """Forget the compiled patterns kept by the module's functions."""
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape the characters that are special in patterns."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    text = pattern.decode('latin-1')
    return ''.join('\\' + c if c in _SPECIAL else c for c in text).encode('latin-1')
