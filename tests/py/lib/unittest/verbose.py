# unittest's verbose report: one line per test, docstrings, subtests, skips
import unittest
from _stream import Stream

class Maths(unittest.TestCase):
    def test_add(self):
        """Addition works."""
        self.assertEqual(2 + 2, 4)

    def test_div(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)

    @unittest.skipIf(True, "skipped on purpose")
    def test_skip(self):
        self.fail("never")

    def test_sub(self):
        for n in (1, 2):
            with self.subTest(n=n):
                self.assertLess(n, 2)

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass

s = Stream()
loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(Maths),
                            loader.loadTestsFromTestCase(Skipped)])
result = unittest.TextTestRunner(stream=s, verbosity=2).run(suite)
print(s.text())
print(result)
