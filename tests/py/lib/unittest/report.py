# unittest's report: dots, the error and failure sections with tracebacks, the summary
import unittest
from _stream import Stream

class T(unittest.TestCase):
    def test_a(self):
        self.assertEqual(1, 1)

    def test_b(self):
        self.assertEqual(1, 2)

    def test_c(self):
        raise ValueError("broken")

    @unittest.skip("not today")
    def test_d(self):
        pass

    @unittest.expectedFailure
    def test_e(self):
        self.assertTrue(False)

    def test_f(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertNotEqual(i, 1)

    @unittest.expectedFailure
    def test_g(self):
        pass

s = Stream()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
print(suite.countTestCases())
result = unittest.TextTestRunner(stream=s).run(suite)
print(s.text())
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
