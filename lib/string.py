"""string: character-class constants, capwords and Template (tierpy's
bundled module). Template's $-placeholders are scanned by hand, since
tierpy has no re module yet; the default identifier pattern (ASCII
letters, digits and _, not starting with a digit) is fixed."""

__all__ = ['Formatter', 'ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits',
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


# ---- Formatter: str.format's machinery, overridable piece by piece --------------------------

def _parse_format(format_string):
    """(literal_text, field_name, format_spec, conversion) for each piece,
    as str.format reads it; '{{' and '}}' are literal braces."""
    out = []
    literal = []
    i = 0
    n = len(format_string)
    while i < n:
        c = format_string[i]
        if c == '}':
            if i + 1 < n and format_string[i + 1] == '}':
                literal.append('}')   # an escaped brace ends a piece, as in CPython
                out.append((''.join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and format_string[i + 1] == '{':
            literal.append('{')
            out.append((''.join(literal), None, None, None))
            literal = []
            i += 2
            continue
        depth = 1
        j = i + 1
        while j < n and depth:
            if format_string[j] == '{':
                depth += 1
            elif format_string[j] == '}':
                depth -= 1
            j += 1
        if depth:
            raise ValueError("expected '}' before end of string")
        field = format_string[i + 1:j - 1]
        name, conversion, spec = _split_field(field)
        out.append((''.join(literal), name, spec, conversion))
        literal = []
        i = j
    if literal:
        out.append((''.join(literal), None, None, None))
    return out


def _split_field(field):
    """A replacement field's name, conversion and spec."""
    k = 0
    bracket = False
    while k < len(field):
        c = field[k]
        if c == '[':
            bracket = True
        elif c == ']':
            bracket = False
        elif not bracket and c in '!:':
            break
        k += 1
    name = field[:k]
    conversion = None
    spec = ''
    if k < len(field) and field[k] == '!':
        if k + 1 >= len(field):
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[k + 1]
        k += 2
        if k < len(field) and field[k] != ':':
            raise ValueError("expected ':' after conversion specifier")
    if k < len(field) and field[k] == ':':
        spec = field[k + 1:]
    return name, conversion, spec


def _split_name(name):
    """The first part of a field name and its .attr / [key] accesses."""
    k = 0
    while k < len(name) and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    rest = []
    while k < len(name):
        if name[k] == '.':
            j = k + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            k = j
        else:
            j = name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            k = j + 1
            if k < len(name) and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """str.format as a class: override get_value, get_field, format_field,
    convert_field or check_unused_args to change one step."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first

