"""unittest.suite: a composite of tests, with class-level fixtures."""

import sys

from . import case

__unittest = True


class TestSuite:
    """Tests and suites run in order; setUpClass/tearDownClass are called
    around each run of consecutive tests of one class."""

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (type(self).__qualname__, list(self))

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()

    def run(self, result, debug=False):
        top_level = not getattr(result, '_testRunEntered', False)
        if top_level:
            result._testRunEntered = True
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, case.TestCase):
                self._fixtures_for(test, result)
                if getattr(result, '_classSetupFailed', False):
                    continue
            test(result)
        if top_level:
            self._tear_down_previous(None, result)
            result._testRunEntered = False
        return result

    def _fixtures_for(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = type(test)
        if current is previous:
            return
        self._tear_down_previous(current, result)
        result._previousTestClass = current
        result._classSetupFailed = False
        if getattr(current, '__unittest_skip__', False):
            return
        setup = getattr(current, 'setUpClass', None)
        if setup is None:
            return
        try:
            setup()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            current._classSetupFailed = True
            result._classSetupFailed = True
            self._add_class_error(result, e, 'setUpClass', current)
            _call_class_cleanups(current, result)

    def _tear_down_previous(self, current, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None or previous is current:
            return
        result._previousTestClass = None
        if getattr(previous, '_classSetupFailed', False) or getattr(result, '_classSetupFailed', False):
            result._classSetupFailed = False
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        teardown = getattr(previous, 'tearDownClass', None)
        if teardown is not None:
            try:
                teardown()
            except Exception as e:
                self._add_class_error(result, e, 'tearDownClass', previous)
        _call_class_cleanups(previous, result)

    def _add_class_error(self, result, exc, method, cls):
        name = '%s (%s.%s)' % (method, cls.__module__, cls.__qualname__)
        error = _ErrorHolder(name)
        if isinstance(exc, case.SkipTest):
            result.addSkip(error, str(exc))
        else:
            result.addError(error, (type(exc), exc, exc.__traceback__))


def _call_class_cleanups(cls, result):
    errors = cls.doClassCleanups() if hasattr(cls, 'doClassCleanups') else []
    for exc in errors:
        name = 'tearDownClass (%s.%s)' % (cls.__module__, cls.__qualname__)
        result.addError(_ErrorHolder(name), (type(exc), exc, exc.__traceback__))


class _DebugResult:
    shouldStop = False


class _ErrorHolder:
    """Stands in for a test in the report of a class or module fixture error."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.id()

    def countTestCases(self):
        return 0
