"""unittest.case: TestCase, its assert methods, skips and subtests."""

import sys

__unittest = True

_subtest_msg_sentinel = object()


class SkipTest(Exception):
    """Raise (or call TestCase.skipTest) to skip the running test."""


class _ShouldStop(Exception):
    """The run was asked to stop (failfast)."""


class _UnexpectedSuccess(Exception):
    """An expected failure passed."""


def _id(obj):
    return obj


def skip(reason):
    """Skip the decorated test (or every test of the decorated class)."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            skip_wrapper.__name__ = getattr(test_item, '__name__', 'skip_wrapper')
            skip_wrapper.__qualname__ = getattr(test_item, '__qualname__', skip_wrapper.__name__)
            skip_wrapper.__doc__ = getattr(test_item, '__doc__', None)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    """Skip the decorated test if condition is true."""
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    """Mark a test as one expected to fail."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + ' [truncated]...'


def _common_shorten_repr(*args):
    return tuple(_safe_repr(a) for a in args)


class _Outcome:
    """What happened while one test ran: its errors, collected per phase."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        self.parent = case._subtest
        params = dict(self.parent.params) if self.parent is not None else {}
        params.update(self.params)
        case._subtest = _SubTest(case, self.msg, params)
        return None

    def __exit__(self, exc_type, exc, tb):
        case = self.case
        outcome = case._outcome
        subtest = case._subtest
        case._subtest = self.parent
        if outcome is None or not outcome.result_supports_subtests:
            return False
        if exc is None:
            outcome.result.addSubTest(case, subtest, None)
            return False
        if isinstance(exc, SkipTest):
            outcome.result.addSkip(subtest, str(exc))
            return True
        if isinstance(exc, (KeyboardInterrupt,)):
            return False
        outcome.success = False
        if outcome.expecting_failure:
            outcome.expectedFailure = exc
        else:
            outcome.result.addSubTest(case, subtest, (type(exc), exc, exc.__traceback__))
        if case._outcome.result.failfast:
            raise _ShouldStop
        return True


class _AssertRaisesContext:
    """assertRaises / assertRaisesRegex as a context manager."""

    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None
        self.obj_name = None

    def handle(self, name, args, kwargs):
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        self.obj_name = getattr(callable_obj, '__name__', str(callable_obj))
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                text = "{} not raised by {}".format(exc_name, self.obj_name)
            else:
                text = "{} not raised".format(exc_name)
            self.test_case.fail(self.test_case._formatMessage(self.msg, text))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        pattern = self.expected_regex
        if not _search(pattern, str(exc_value)):
            self.test_case.fail(self.test_case._formatMessage(
                self.msg, '"{}" does not match "{}"'.format(
                    getattr(pattern, 'pattern', pattern), str(exc_value))))
        return True


def _search(pattern, text):
    """re.search when the re module exists; else a plain substring test."""
    try:
        import re
    except ImportError:
        return getattr(pattern, 'pattern', pattern) in text
    if isinstance(pattern, str):
        return re.search(pattern, text) is not None
    return pattern.search(text) is not None


class TestCase:
    """A test case: each method whose name starts with 'test' is a test."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False
    _class_cleanups = []

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        self._subtest = None
        self._cleanups = []
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" % (type(self), methodName))
        else:
            self._testMethodDoc = method.__doc__

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    # -- fixtures ------------------------------------------------------------------------------

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    def doCleanups(self):
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._run_phase(outcome, function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        errors = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                errors.append(e)
        return errors

    # -- identity ------------------------------------------------------------------------------

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from .result import TestResult
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s.%s" % (type(self).__module__, type(self).__qualname__,
                             self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s.%s)" % (self._testMethodName, type(self).__module__,
                                  type(self).__qualname__, self._testMethodName)

    def __repr__(self):
        return "<%s.%s testMethod=%s>" % (type(self).__module__, type(self).__qualname__,
                                          self._testMethodName)

    # -- running -------------------------------------------------------------------------------

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context in which a failure is reported and the test goes on."""
        return _SubTestContext(self, msg, params)

    def _run_phase(self, outcome, function, *args, **kwargs):
        """Run one phase (setUp, the test, tearDown, a cleanup); an exception
        is recorded in the outcome, never raised. True if it passed."""
        try:
            function(*args, **kwargs)
        except KeyboardInterrupt:
            raise
        except _ShouldStop:
            outcome.success = False
            return False
        except SkipTest as e:
            outcome.success = False
            if outcome.result is not None:
                outcome.result.addSkip(self, str(e))
            outcome.skipped = True
            return False
        except BaseException as e:
            outcome.success = False
            if outcome.expecting_failure:
                outcome.expectedFailure = e
            elif outcome.result is not None:
                err = (type(e), e, e.__traceback__)
                if isinstance(e, self.failureException):
                    outcome.result.addFailure(self, err)
                else:
                    outcome.result.addError(self, err)
            return False
        return True

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start = getattr(result, 'startTestRun', None)
            stop = getattr(result, 'stopTestRun', None)
            if start is not None:
                start()
        else:
            stop = None
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            cls = type(self)
            if getattr(cls, '__unittest_skip__', False) or getattr(method, '__unittest_skip__', False):
                why = (getattr(cls, '__unittest_skip_why__', '')
                       or getattr(method, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            expecting = (getattr(method, '__unittest_expecting_failure__', False)
                         or getattr(self, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            outcome.skipped = False
            self._outcome = outcome
            try:
                if self._run_phase(outcome, self.setUp):
                    outcome.expecting_failure = expecting
                    self._run_phase(outcome, method)
                    outcome.expecting_failure = False
                    self._run_phase(outcome, self.tearDown)
                self.doCleanups()
                if not outcome.skipped:
                    if outcome.success:
                        if expecting:
                            result.addUnexpectedSuccess(self)
                        else:
                            result.addSuccess(self)
                    elif expecting and outcome.expectedFailure is not None:
                        e = outcome.expectedFailure
                        result.addExpectedFailure(self, (type(e), e, e.__traceback__))
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop is not None:
                stop()

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # -- messages ------------------------------------------------------------------------------

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (_safe_repr(standardMsg), _safe_repr(msg))

    # -- assertions ----------------------------------------------------------------------------

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % _safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % _safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        from unittest._contexts import _AssertWarnsContext
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        from unittest._contexts import _AssertWarnsContext
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        from unittest._contexts import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        from unittest._contexts import _AssertLogsContext
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standardMsg))

    def _getAssertEqualityFunc(self, first, second):
        if type(first) == type(second):
            name = _type_equality.get(type(first))
            if name is not None:
                return getattr(self, name)
        return self._baseAssertEqual

    def assertEqual(self, first, second, msg=None):
        assertion_func = self._getAssertEqualityFunc(first, second)
        assertion_func(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            msg = self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second)))
            raise self.failureException(msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (_safe_repr(first), _safe_repr(second),
                                                         places)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (seq_type_name, _safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (seq_type_name, _safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        if seq1 == seq2:
            return
        differing = '%ss differ: %s != %s\n' % ((seq_type_name.capitalize(),) +
                                                _common_shorten_repr(seq1, seq2))
        len1, len2 = len(seq1), len(seq2)
        for i in range(min(len1, len2)):
            if seq1[i] != seq2[i]:
                differing += '\nFirst differing element %d:\n%s\n%s\n' % (
                    (i,) + _common_shorten_repr(seq1[i], seq2[i]))
                break
        else:
            if len1 > len2:
                differing += ('\nFirst %s contains %d additional elements.\n'
                              'First extra element %d:\n%s\n'
                              % (seq_type_name, len1 - len2, len2, _safe_repr(seq1[len2])))
            elif len1 < len2:
                differing += ('\nSecond %s contains %d additional elements.\n'
                              'First extra element %d:\n%s\n'
                              % (seq_type_name, len2 - len1, len1, _safe_repr(seq2[len1])))
        diff = '\n' + '\n'.join(_ndiff_lines(pprint_lines(seq1), pprint_lines(seq2)))
        self.fail(self._formatMessage(msg, self._truncateMessage(differing, diff)))

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + ('\nDiff is %s characters long. '
                          'Set self.maxDiff to None to see it.' % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except (TypeError, AttributeError) as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            difference2 = set2.difference(set1)
        except (TypeError, AttributeError) as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = ('\n' + '\n'.join(_ndiff_lines(pprint_lines(d1), pprint_lines(d2))))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            first_lines = first.splitlines(keepends=True)
            second_lines = second.splitlines(keepends=True)
            if len(first_lines) == 1 and first.strip('\r\n') == first:
                first_lines = [first + '\n']
                second_lines = [second + '\n']
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            import difflib
            diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        missing = list(second_seq)
        extra = []
        for item in first_seq:
            try:
                missing.remove(item)
            except ValueError:
                extra.append(item)
        if extra or missing:
            lines = []
            for elem in _count_diff(first_seq, second_seq):
                lines.append('First has %d, Second has %d:  %r' % elem)
            standardMsg = 'Element counts were not equal:\n' + '\n'.join(lines)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            standardMsg = '%s not found in %s' % (_safe_repr(member), _safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            standardMsg = '%s unexpectedly found in %s' % (_safe_repr(member),
                                                            _safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            standardMsg = '%s is not %s' % (_safe_repr(expr1), _safe_repr(expr2))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            standardMsg = 'unexpectedly identical: %s' % (_safe_repr(expr1),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            standardMsg = '%s is not None' % (_safe_repr(obj),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            standardMsg = 'unexpectedly None'
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            standardMsg = '%s is not an instance of %r' % (_safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            standardMsg = '%s is an instance of %r' % (_safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s'
                                          % (_safe_repr(a), _safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s'
                                          % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s'
                                          % (_safe_repr(a), _safe_repr(b))))

    def assertRegex(self, text, expected_regex, msg=None):
        if not _search(expected_regex, text):
            standardMsg = "Regex didn't match: %r not found in %r" % (
                getattr(expected_regex, 'pattern', expected_regex), text)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if _search(unexpected_regex, text):
            standardMsg = "Regex matched: %r matches %r" % (
                text, getattr(unexpected_regex, 'pattern', unexpected_regex))
            self.fail(self._formatMessage(msg, standardMsg))

    # Old names, kept by CPython for compatibility.
    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnless = assert_ = assertTrue
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex


def pprint_lines(obj):
    """The pretty-printed lines of obj, as failure diffs show them."""
    import pprint
    return pprint.pformat(obj).splitlines()


def _ndiff_lines(a, b):
    import difflib
    return list(difflib.ndiff(a, b))


_type_equality = {
    dict: 'assertDictEqual',
    list: 'assertListEqual',
    tuple: 'assertTupleEqual',
    set: 'assertSetEqual',
    frozenset: 'assertSetEqual',
    str: 'assertMultiLineEqual',
}


def _count_diff(actual, expected):
    """(count in actual, count in expected, element) for each element whose
    counts differ, in first-seen order."""
    out = []
    seen = []
    for elem in actual + expected:
        if any(elem == s for s in seen):
            continue
        seen.append(elem)
        a = sum(1 for x in actual if x == elem)
        b = sum(1 for x in expected if x == elem)
        if a != b:
            out.append((a, b, elem))
    return out


class FunctionTestCase(TestCase):
    """A test case around a plain function, with optional set-up and tear-down."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (type(self).__qualname__, self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (type(self).__qualname__, self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    """What a subTest reports under: the test and its parameters."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            params_desc = ', '.join("{}={!r}".format(k, v) for (k, v) in self.params.items())
            parts.append("({})".format(params_desc))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())
