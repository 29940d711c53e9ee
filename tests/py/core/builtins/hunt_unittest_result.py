# a unittest.TestCase suite run with a text runner writing to stdout
import unittest, sys
class Stack:
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
    def pop(self):
        if not self.items: raise IndexError('pop from empty stack')
        return self.items.pop()
class TestStack(unittest.TestCase):
    def setUp(self): self.s = Stack()
    def test_push_pop(self):
        self.s.push(1); self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), 'pop from empty stack')
    def test_raises_regex(self):
        self.assertRaisesRegex(IndexError, 'empty', self.s.pop)
    def test_misc(self):
        self.assertTrue([1]); self.assertFalse(0); self.assertIn(2, [1, 2]); self.assertIsNone(None)
        self.assertAlmostEqual(0.1 + 0.2, 0.3); self.assertIsInstance(1, int); self.assertGreater(2, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2]); self.assertNotEqual(1, 2); self.assertListEqual([1], [1])
    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])
    def test_error(self):
        {}['missing']
    @unittest.skip('not today')
    def test_skipped(self): pass
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 2)
    def test_subtest(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestStack)
result = unittest.TestResult()
suite.run(result)
print('run', result.testsRun, 'failures', len(result.failures), 'errors', len(result.errors), 'skipped', len(result.skipped), 'xfail', len(result.expectedFailures))
for test, tb in result.failures + result.errors:
    print(test.id(), tb.strip().splitlines()[-1])
print(result.wasSuccessful())
