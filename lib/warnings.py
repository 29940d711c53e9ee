"""warnings: warning messages, filters and catch_warnings.

tierpy's bundled version: warn, warn_explicit, filterwarnings,
simplefilter, resetwarnings, showwarning, formatwarning, catch_warnings
and the default filters of CPython 3.11 (DeprecationWarning shown only
for __main__; PendingDeprecationWarning, ImportWarning and
ResourceWarning ignored; everything else shown once per location)."""

import sys
import linecache

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_DEFAULTS = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
filters = list(_DEFAULTS)
defaultaction = 'default'
onceregistry = {}
_filters_version = 1
_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _match(pattern, text, ignore_case):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        import re
        return re.match(pattern, text, re.I if ignore_case else 0) is not None
    return pattern.match(text) is not None


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: action for warnings whose text matches message (a
    regex), of category, from modules matching module, at lineno (0: any)."""
    if action not in _ACTIONS:
        raise ValueError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    item = (action, message or None, category, module or None, lineno)
    _add(item, append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for every message and module."""
    if action not in _ACTIONS:
        raise ValueError("invalid action: %r" % (action,))
    _add((action, None, category, None, lineno), append)


def _add(item, append):
    global _filters_version
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _filters_version += 1


def resetwarnings():
    """Remove every filter (even the defaults)."""
    global _filters_version
    filters[:] = []
    _filters_version += 1


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes."""
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    line = line.strip() if line else ''
    if line:
        s += "  %s\n" % line
    return s


def _showwarnmsg_impl(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr); replaceable."""
    _showwarnmsg_impl(message, category, filename, lineno, file, line)


_original_showwarning = showwarning


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or _match(msg, text, True)) and issubclass(category, cat)
                and (mod is None or _match(mod, module, False)) and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning from the code `stacklevel` frames up the stack."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals_ = sys.__dict__
        filename, lineno = "sys", 1
    else:
        globals_ = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    module = globals_.get('__name__', '<string>')
    registry = globals_.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning with an explicit location."""
    if module is None:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    action = _action_for(text, category, module, lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    showwarning(message, category, filename, lineno)


class WarningMessage:
    """One recorded warning (catch_warnings(record=True))."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings:
    """Save and restore the filters and showwarning; with record=True the
    warnings are collected in the list `as` receives."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action is not None else None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global _filters_version
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters[:]
        self._saved_show = globals()['showwarning']
        _filters_version += 1
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            globals()['showwarning'] = (
                lambda message, category, filename, lineno, file=None, line=None:
                log.append(WarningMessage(message, category, filename, lineno, file, line)))
            return log
        return None

    def __exit__(self, *exc_info):
        global _filters_version
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._saved_filters
        globals()['showwarning'] = self._saved_show
        _filters_version += 1
