"""string: character-class constants, capwords and Template (tierpy's
bundled module). Template's $-placeholders are scanned by hand, since
tierpy has no re module yet; the default identifier pattern (ASCII
letters, digits and _, not starting with a digit) is fixed."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
           'hexdigits', 'octdigits', 'printable', 'punctuation', 'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word and join them with sep (a
    single space when sep is None)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = frozenset(ascii_letters + '_')
_ID_CHARS = frozenset(ascii_letters + digits + '_')


class Template:
    """A string with $-substitutions: $name, ${name}, and $$ for a $."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """The template's pieces: ('text', s), ('name', name, start, end),
        ('invalid', start) in order."""
        text, delim = self.template, self.delimiter
        pieces = []
        i = start = 0
        n = len(text)
        while True:
            i = text.find(delim, start)
            if i < 0:
                pieces.append(('text', text[start:]))
                return pieces
            pieces.append(('text', text[start:i]))
            j = i + len(delim)
            if text.startswith(delim, j):
                pieces.append(('text', delim))
                start = j + len(delim)
                continue
            braced = j < n and text[j] == '{'
            k = j + 1 if braced else j
            m = k
            if m < n and text[m] in _ID_START:
                m += 1
                while m < n and text[m] in _ID_CHARS:
                    m += 1
            if m == k or (braced and (m >= n or text[m] != '}')):
                pieces.append(('invalid', i))
                start = j
                continue
            end = m + 1 if braced else m
            pieces.append(('name', text[k:m], i, end))
            start = end

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = i - len(''.join(lines[:-1])) + 1
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=None, /, **kws):
        """Replace every placeholder; KeyError for a missing name,
        ValueError for a malformed placeholder."""
        mapping = self._mapping(mapping, kws)
        out = []
        for piece in self._scan():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                out.append(str(mapping[piece[1]]))
            else:
                self._invalid(piece[1])
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute(), but leave missing names and malformed
        placeholders as they are."""
        mapping = self._mapping(mapping, kws)
        out = []
        text = self.template
        for piece in self._scan():
            if piece[0] == 'text':
                out.append(piece[1])
            elif piece[0] == 'name':
                try:
                    out.append(str(mapping[piece[1]]))
                except KeyError:
                    out.append(text[piece[2]:piece[3]])
            else:
                out.append(self.delimiter)
        return ''.join(out)

    def is_valid(self):
        "False when the template has a malformed placeholder."
        return all(piece[0] != 'invalid' for piece in self._scan())

    def get_identifiers(self):
        "The placeholder names, each once, in order of first appearance."
        names = []
        for piece in self._scan():
            if piece[0] == 'name' and piece[1] not in names:
                names.append(piece[1])
        return names
