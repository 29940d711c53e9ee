"""tempfile: temporary files and directories (tierpy's bundled module):
gettempdir, gettempprefix, mkdtemp, NamedTemporaryFile, TemporaryFile,
TemporaryDirectory. Files are created exclusively (open mode 'x') with
random names. tierpy's os has no file descriptors, so mkstemp() raises
NotImplementedError; SpooledTemporaryFile is not here."""

import os as _os
import random as _random
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkdtemp", "mkstemp",
           "gettempdir", "gettempprefix", "tempdir", "template", "TMP_MAX"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _random_name():
    return ''.join(_rng.choice(_NAME_CHARS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    """$TMPDIR, $TEMP or $TMP when it names a directory, else /tmp."""
    global tempdir
    if tempdir is None:
        for env in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(env)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def _names(suffix, prefix, dir):
    suffix = '' if suffix is None else suffix
    prefix = template if prefix is None else prefix
    dir = gettempdir() if dir is None else _os.fspath(dir)
    for _ in range(TMP_MAX):
        yield _os.path.abspath(_os.path.join(dir, prefix + _random_name() + suffix))
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory with a random name; its absolute path."""
    for name in _names(suffix, prefix, dir):
        try:
            _os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return name


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise NotImplementedError("tierpy's os has no file descriptors: tempfile.mkstemp "
                              "(use NamedTemporaryFile(delete=False))")


def _create(mode, buffering, encoding, newline, errors, suffix, prefix, dir):
    xmode = mode.replace('w', 'x', 1) if 'w' in mode else mode.replace('+', 'x+', 1)
    if 'x' not in xmode:
        xmode = 'x' + xmode
    for name in _names(suffix, prefix, dir):
        try:
            f = open(name, xmode, buffering, encoding, errors, newline)
        except FileExistsError:
            continue
        return name, f


class _TemporaryFileWrapper:
    """A temporary file with a name; closing it (or leaving a with
    block) removes it when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A new file with a random name in dir (default gettempdir())."""
    name, f = _create(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A new file with no name in the file system (removed at once)."""
    name, f = _create(mode, buffering, encoding, newline, errors, suffix, prefix, dir)
    _os.unlink(name)
    return f


class TemporaryDirectory:
    """A new directory (mkdtemp) that cleanup(), or leaving a with block,
    removes with its contents."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done:
            self._done = True
            if _os.path.exists(self.name):
                _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not getattr(self, '_done', True):
            self.cleanup()
