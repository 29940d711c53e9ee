"""unittest._contexts: the context managers behind TestCase.assertWarns,
assertWarnsRegex, assertLogs and assertNoLogs."""

import collections
import sys

__unittest = True


class _AssertWarnsContext:
    """Records the warnings of its block; passes when one of the expected
    category (and matching the regex, if any) was issued."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None and isinstance(expected_regex, str):
            import re
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.msg = None
        self.obj_name = None
        self.warning = self.filename = self.lineno = None

    def handle(self, name, args, kwargs):
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        callable_obj, args = args[0], args[1:]
        self.obj_name = getattr(callable_obj, '__name__', str(callable_obj))
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        import warnings
        # Forget what was already shown, or a repeated warning would not
        # be issued again inside the block.
        for v in list(sys.modules.values()):
            if getattr(v, '__warningregistry__', None):
                v.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        try:
            exc_name = self.expected.__name__
        except AttributeError:
            exc_name = str(self.expected)
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w)):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return None
        if first_matching is not None:
            self.test_case.fail(self.test_case._formatMessage(
                self.msg, '"{}" does not match "{}"'.format(self.expected_regex.pattern,
                                                            str(first_matching))))
        if self.obj_name:
            text = "{} not triggered by {}".format(exc_name, self.obj_name)
        else:
            text = "{} not triggered".format(exc_name)
        self.test_case.fail(self.test_case._formatMessage(self.msg, text))


_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


def _capturing_handler():
    import logging

    class _CapturingHandler(logging.Handler):
        """Keeps every record and its formatted text."""

        def __init__(self):
            logging.Handler.__init__(self)
            self.watcher = _LoggingWatcher([], [])

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))

    return _CapturingHandler()


class _AssertLogsContext:
    """Captures what a logger (and its children) log in the block, at or
    above a level; with no_logs, passes only when nothing was logged."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _capturing_handler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers, level, self.logger.propagate = self.old
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if len(self.watcher.records) > 0:
                self.test_case.fail("Unexpected logs found: {!r}".format(self.watcher.output))
        elif len(self.watcher.records) == 0:
            self.test_case.fail("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), self.logger.name))
        return None
