"""unittest: tierpy's bundled test framework, compatible with the common
uses of CPython's: TestCase with its assert methods, setUp/tearDown and
their class-level forms, subTest, cleanups, skips and expected failures,
TestSuite, TestLoader, TextTestRunner and main(), with CPython 3.11's
report format."""

__unittest = True

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure)
from .suite import TestSuite
from .result import TestResult
from .loader import TestLoader, defaultTestLoader
from .runner import TextTestRunner, TextTestResult
from .main import main, TestProgram

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'TextTestResult', 'TestProgram']
