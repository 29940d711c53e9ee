"""traceback: print and format exceptions and their tracebacks.

tierpy's bundled version. A whole report (format_exception, print_exc,
format_exc) comes from the interpreter itself (the `_traceback` module),
so it is exactly what an uncaught exception prints, 3.11's caret lines
included. The frame-level helpers (extract_tb, format_tb, format_list)
are built here from the traceback objects and linecache."""

import sys
import linecache
import _traceback

__all__ = ["extract_tb", "format_exc", "format_exception", "format_exception_only",
           "format_list", "format_tb", "print_exc", "print_exception", "print_tb",
           "print_last", "FrameSummary", "StackSummary", "walk_tb"]


def _exception_of(exc, value, tb):
    """The exception object the 3.10+ and the older signatures name."""
    if value is _sentinel:
        if exc is None:
            return None
        return exc
    if value is None:
        return None if exc is None else exc()
    if tb is not _sentinel and tb is not value.__traceback__:
        value = value.with_traceback(tb)
    return value


_sentinel = object()


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The report as a list of strings, each ending in a newline."""
    e = _exception_of(exc, value, tb)
    if e is None:
        return ['NoneType: None\n']
    text = _traceback.format_exception(e)
    return [line + '\n' for line in text.split('\n')[:-1]]


def format_exception_only(exc, value=_sentinel):
    """The last line(s) of the report: the exception's type and message."""
    e = _exception_of(exc, value, _sentinel)
    if e is None:
        return ['NoneType: None\n']
    name = type(e).__qualname__
    module = type(e).__module__
    if module not in ('__main__', 'builtins'):
        name = module + '.' + name
    text = str(e)
    return [name + (': ' + text if text else '') + '\n']


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Write the report to `file` (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Write the report of the exception being handled."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Write the report of sys.last_value (the REPL's last uncaught exception)."""
    if not hasattr(sys, 'last_value'):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One frame of a traceback: file, line number, function name, source line."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        out = []
        for f in self:
            row = '  File "{}", line {}, in {}\n'.format(f.filename, f.lineno, f.name)
            if f.line:
                row += '    {}\n'.format(f.line)
            out.append(row)
        return out


def walk_tb(tb):
    """(frame, line number) for each entry of a traceback, oldest first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    """The entries of a traceback as a StackSummary."""
    result = StackSummary()
    for frame, lineno in walk_tb(tb):
        if limit is not None and len(result) >= limit:
            break
        code = frame.f_code
        result.append(FrameSummary(code.co_filename, lineno, code.co_name))
    return result


def format_list(extracted_list):
    """Strings for print-outs of a list of (filename, lineno, name, line) entries."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb))."""
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    """Write the entries of a traceback."""
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        file.write(line)
