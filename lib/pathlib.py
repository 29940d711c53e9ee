"""pathlib: object-oriented filesystem paths (tierpy's bundled module).

PurePath/PurePosixPath (parsing, joining with /, parts, parents, name,
suffix, stem, with_*, relative_to, match, comparisons) and Path/PosixPath
(cwd, home, exists, is_dir, is_file, iterdir, glob, rglob, mkdir, rmdir,
unlink, rename, replace, touch, read_text/write_text, read_bytes/
write_bytes, open, resolve, absolute, expanduser). tierpy's os has no
stat(), so stat(), lstat(), is_symlink(), owner() and friends raise
NotImplementedError; there is no Windows flavour."""

import fnmatch
import os
import sys

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

_SEP = '/'


def _parse(args):
    """(root, parts) of the joined arguments: an absolute argument
    restarts the path; '.' and empty components go, '..' stays; POSIX
    keeps exactly two leading slashes."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a = str(a)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike object "
                                "returning str, not %r" % (type(a),))
        if a.startswith(_SEP):
            stripped = a.lstrip(_SEP)
            root = '//' if len(a) - len(stripped) == 2 else _SEP
            parts = []
            a = stripped
        for comp in a.split(_SEP):
            if comp and comp != '.':
                parts.append(comp)
    return root, parts


class _Parents:
    """The logical ancestors of a path, nearest first (a sequence)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        p = self._path
        return p._from_parts(p._root, p._parts[:len(p._parts) - idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path that does no I/O: parsing and manipulation only."""

    __slots__ = ('_root', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    def _from_parts(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = list(parts)
        p._str = None
        return p

    def __reduce__(self):
        return (self.__class__, tuple(self._all_parts()))

    def _all_parts(self):
        return ([self._root] if self._root else []) + self._parts

    def __str__(self):
        if self._str is None:
            self._str = (self._root + _SEP.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return str(self).encode('utf-8', 'surrogateescape')

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/'
        return 'file://' + ''.join(chr(b) if b in safe else '%%%02X' % b for b in bytes(self))

    def _key(self):
        return (self._root, tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._all_parts() < other._all_parts()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._all_parts() <= other._all_parts()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._all_parts() > other._all_parts()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._all_parts() >= other._all_parts()

    drive = property(lambda self: '')

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return tuple(self._all_parts())

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or _SEP in name or name == '.':
            raise ValueError("Invalid name %r" % (name))
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if _SEP in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to other (which must be its ancestor)."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            formatted = str(base)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parts('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        """Does the path match the glob pattern (from the right; a pattern
        with a root must match the whole path)?"""
        pat = PurePosixPath(path_pattern)
        if not pat._parts and not pat._root:
            raise ValueError("empty pattern")
        if pat._root:
            if self._root != pat._root or len(self._parts) != len(pat._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by tierpy."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("tierpy's pathlib has no Windows flavour (PureWindowsPath)")


def _unsupported(what):
    raise NotImplementedError("tierpy's pathlib: Path.%s() needs os.stat, which tierpy's os "
                              "does not have" % what)


class Path(PurePath):
    """A concrete path: PurePath plus filesystem operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls("~").expanduser()

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with '..' folded (symbolic links are not
        followed: tierpy cannot read them)."""
        p = os.path.normpath(os.path.abspath(str(self)))
        if strict and not os.path.exists(p):
            raise FileNotFoundError(2, 'No such file or directory', p)
        return type(self)(p)

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home == self._parts[0]:
                raise RuntimeError("Could not determine home directory.")
            return type(self)(home, *self._parts[1:])
        return self

    def exists(self):
        return os.path.exists(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def stat(self, *, follow_symlinks=True):
        _unsupported('stat')

    def lstat(self):
        _unsupported('lstat')

    def is_symlink(self):
        _unsupported('is_symlink')

    def owner(self):
        _unsupported('owner')

    def group(self):
        _unsupported('group')

    def samefile(self, other_path):
        _unsupported('samefile')

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from_parts(self._root, self._parts + [name])

    def _select(self, parts, recursive_ok=True):
        """Paths below self matching pattern components parts."""
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            yield from self._select(rest)
            for sub in self._subdirs():
                yield from sub._select(parts)
            return
        if head == '..':
            yield from self._from_parts(self._root, self._parts + ['..'])._select(rest)
            return
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        has_magic = any(c in head for c in '*?[')
        for name in names:
            if has_magic:
                if not fnmatch.fnmatchcase(name, head):
                    continue
            elif name != head:
                continue
            child = self._from_parts(self._root, self._parts + [name])
            if rest and not child.is_dir():
                continue
            yield from child._select(rest)

    def _subdirs(self):
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            child = self._from_parts(self._root, self._parts + [name])
            if child.is_dir():
                yield child

    def glob(self, pattern):
        """The paths below this one matching the relative glob pattern
        ('**' matches any number of directories)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        seen = set()
        for p in self._select(pat._parts):
            key = str(p)
            if key not in seen:
                seen.add(key)
                yield p

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self.glob(_SEP.join(['**'] + pat._parts))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with open(str(self), 'a'):
            pass

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by tierpy."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
