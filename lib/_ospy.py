"""_ospy: the parts of os and os.path that tierpy writes in Python;
the os module (vm/modules/osmodule.c) installs them when it is made:
os.fspath, os.PathLike, os.walk, and os.path.relpath, commonprefix,
commonpath, expanduser, expandvars, splitdrive and lexists."""


def fspath(path):
    """The str or bytes a path-like object stands for (its __fspath__)."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def _has_fspath(cls):
    for base in cls.__mro__:
        if '__fspath__' in base.__dict__:
            return base.__dict__['__fspath__'] is not None
    return False


class _PathLikeMeta(type):
    """isinstance/issubclass(x, PathLike) by the presence of __fspath__
    (without importing abc, which would make `import os` much slower)."""

    def __instancecheck__(cls, obj):
        return _has_fspath(type(obj)) if cls is PathLike else type.__instancecheck__(cls, obj)

    def __subclasscheck__(cls, sub):
        return _has_fspath(sub) if cls is PathLike else type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class of objects with __fspath__."""

    def __fspath__(self):
        raise NotImplementedError


def _install(ns):
    """Add the functions to the os module's namespace ns (and its path)."""
    os_listdir = ns['listdir']
    path = ns['path']
    environ = ns['environ']
    sep, curdir, pardir = '/', '.', '..'

    def walk(top, topdown=True, onerror=None, followlinks=False):
        """Yield (dirpath, dirnames, filenames) for top and every directory
        below it; with topdown, dirnames may be pruned in place. tierpy
        cannot tell symbolic links apart, so it follows them."""
        top = fspath(top)
        try:
            names = os_listdir(top)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            return
        dirs, nondirs = [], []
        for name in names:
            if path.isdir(path.join(top, name)):
                dirs.append(name)
            else:
                nondirs.append(name)
        if topdown:
            yield top, dirs, nondirs
        for name in dirs:
            yield from walk(path.join(top, name), topdown, onerror, followlinks)
        if not topdown:
            yield top, dirs, nondirs

    def commonprefix(m):
        """The longest common leading part (character by character)."""
        if not m:
            return ''
        if not isinstance(m[0], (list, tuple)):
            m = tuple(map(fspath, m))
        s1 = min(m)
        s2 = max(m)
        for i, c in enumerate(s1):
            if c != s2[i]:
                return s1[:i]
        return s1

    def relpath(p, start=None):
        """p relative to start (the current directory by default)."""
        if not p:
            raise ValueError("no path specified")
        p = fspath(p)
        start = curdir if start is None else fspath(start)
        start_list = [x for x in path.abspath(start).split(sep) if x]
        path_list = [x for x in path.abspath(p).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return path.join(*rel_list)

    def commonpath(paths):
        """The longest common sub-path (component by component)."""
        if not paths:
            raise ValueError('commonpath() arg is an empty sequence')
        paths = tuple(map(fspath, paths))
        split_paths = [p.split(sep) for p in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)

    def expanduser(p):
        """~ and ~/... replaced by $HOME (~user is left alone)."""
        p = fspath(p)
        if not p.startswith('~'):
            return p
        i = p.find(sep, 1)
        if i < 0:
            i = len(p)
        if i != 1 or 'HOME' not in environ:
            return p
        userhome = environ['HOME'].rstrip(sep)
        return (userhome + p[i:]) or sep

    def expandvars(p):
        """$name and ${name} replaced by environment variables that exist."""
        p = fspath(p)
        if '$' not in p:
            return p
        out = []
        i = 0
        n = len(p)
        while i < n:
            c = p[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if p[i + 1:i + 2] == '{':
                j = p.find('}', i + 2)
                name = p[i + 2:j] if j >= 0 else None
                end = j + 1
            else:
                j = i + 1
                while j < n and (p[j].isalnum() or p[j] == '_') and p[j].isascii():
                    j += 1
                name = p[i + 1:j]
                end = j
            if name and name in environ:
                out.append(environ[name])
                i = end
            else:
                out.append(c)
                i += 1
        return ''.join(out)

    def splitdrive(p):
        p = fspath(p)
        return p[:0], p

    def lexists(p):
        return path.exists(p)

    ns['fspath'] = fspath
    ns['PathLike'] = PathLike
    ns['walk'] = walk
    for fn in (relpath, commonprefix, commonpath, expanduser, expandvars, splitdrive, lexists):
        fn.__module__ = 'posixpath'
        fn.__qualname__ = fn.__name__
        setattr(path, fn.__name__, fn)
    walk.__module__ = 'os'
    walk.__qualname__ = 'walk'
