"""fnmatch: shell-style wildcards (*, ?, [seq], [!seq]) matched against
names: fnmatch, fnmatchcase, filter and translate (into a regex)."""

import os
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
# POSIX: names compare as they are.
_normcase = getattr(os.path, 'normcase', lambda s: s)


def fnmatch(name, pat):
    """Match with the platform's case rule (on POSIX: case-sensitive)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def _compiled(pat):
    p = _cache.get(pat)
    if p is None:
        if isinstance(pat, bytes):
            p = re.compile(translate(pat.decode('latin-1')).encode('latin-1')).match
        else:
            p = re.compile(translate(pat)).match
        _cache[pat] = p
    return p


def filter(names, pat):
    """The names that match pat."""
    match = _compiled(_normcase(pat))
    return [name for name in names if match(_normcase(name))]


def fnmatchcase(name, pat):
    """Match, case-sensitively."""
    return _compiled(pat)(name) is not None


def translate(pat):
    """The regular expression (as a str) equivalent to the wildcard pattern."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            if not stuff:
                out.append('(?!)')
                continue
            if stuff == '!':
                out.append('.')
                continue
            stuff = stuff.replace('\\', '\\\\')
            if stuff[0] == '!':
                stuff = '^' + stuff[1:]
            elif stuff[0] in ('^', '['):
                stuff = '\\' + stuff
            out.append('[' + stuff + ']')
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + r')\Z'
