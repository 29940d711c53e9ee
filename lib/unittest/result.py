"""unittest.result: what a run found (errors, failures, skips...)."""

import _traceback

__unittest = True


def _relevant(tb):
    """Whether a traceback entry belongs to the code under test (frames of
    unittest itself carry __unittest in their globals)."""
    return '__unittest' not in tb.tb_frame.f_globals


def _trim(exc, is_failure):
    """Drop unittest's own frames from exc's traceback: the leading ones
    (the runner), and for a failure the trailing ones (the assert method)."""
    tb = exc.__traceback__
    while tb is not None and not _relevant(tb):
        tb = tb.tb_next
    if tb is not None and is_failure:
        last = tb
        t = tb
        while t is not None and _relevant(t):
            last = t
            t = t.tb_next
        last.tb_next = None
    return exc.with_traceback(tb)


class TestResult:
    """The outcome of a run: lists of (test, text) pairs and counts."""

    _previousTestClass = None
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        exc = err[1] if isinstance(err, tuple) else err
        failure = getattr(test, 'failureException', None)
        exc = _trim(exc, failure is not None and isinstance(exc, failure))
        return _traceback.format_exception(exc)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if isinstance(err[1], subtest.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            if self.failfast:
                self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s.%s run=%i errors=%i failures=%i>" % (
            type(self).__module__, type(self).__qualname__, self.testsRun,
            len(self.errors), len(self.failures))
