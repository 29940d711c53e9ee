"""glob: filename pattern expansion (tierpy's bundled module): glob,
iglob (recursive '**', include_hidden, root_dir), escape, has_magic.
Names come in directory order, as CPython's. tierpy cannot tell symbolic
links apart, so '**' follows them."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

_magic_check = re.compile('([*?[])')


def has_magic(s):
    return _magic_check.search(s) is not None


def _is_hidden(name):
    return name[0] == '.'


def _isrecursive(pattern):
    return pattern == '**'


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching pathname, a list (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching shell pattern pathname (*, ?, [seq]; with
    recursive, ** for any depth of directories), one at a time."""
    pathname = os.fspath(pathname)
    root_dir = '' if root_dir is None else os.fspath(root_dir)
    results = _expand(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # A leading '**' matches the directory itself as '': leave it out.
        return (p for p in results if p)
    return results


def _fs(root_dir, path):
    return os.path.join(root_dir, path) if root_dir and path else (path or root_dir)


def _expand(pattern, root_dir, recursive, dironly, include_hidden):
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        full = _fs(root_dir, pattern)
        if tail:
            if os.path.exists(full) if full else False:
                yield pattern
        elif os.path.isdir(_fs(root_dir, head) or '.'):
            yield pattern
        return
    if not head:
        yield from _match_in(root_dir, tail, recursive, dironly, include_hidden)
        return
    if head != pattern and has_magic(head):
        dirs = _expand(head, root_dir, recursive, True, include_hidden)
    else:
        dirs = [head]
    for d in dirs:
        for name in _match_in(_fs(root_dir, d), tail, recursive, dironly, include_hidden):
            yield os.path.join(d, name)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(dirname or os.curdir, n))]
    return names


def _match_in(dirname, pattern, recursive, dironly, include_hidden):
    """The names in dirname that pattern (one path component) matches."""
    if recursive and _isrecursive(pattern):
        yield pattern[:0]
        yield from _walk_below(dirname, dironly, include_hidden)
        return
    if not has_magic(pattern):
        if pattern:
            if os.path.exists(os.path.join(dirname or os.curdir, pattern)):
                yield pattern
        elif os.path.isdir(dirname or os.curdir):
            yield pattern
        return
    names = _listdir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    for n in names:
        if fnmatch.fnmatchcase(n, pattern):
            yield n


def _walk_below(dirname, dironly, include_hidden):
    """Every name below dirname, relative to it, parents first."""
    for name in _listdir(dirname, dironly):
        if not include_hidden and _is_hidden(name):
            continue
        yield name
        sub = os.path.join(dirname or os.curdir, name)
        if os.path.isdir(sub):
            for below in _walk_below(sub if dirname else name, dironly, include_hidden):
                yield os.path.join(name, below)


def escape(pathname):
    """pathname with its magic characters made literal ([*], [?], [[])."""
    return _magic_check.sub(r'[\1]', pathname)
