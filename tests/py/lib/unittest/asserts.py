# the messages of unittest's assert methods when they fail
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual(1, 2, "custom"),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs(None, 0),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2]),
    lambda: t.assertNotIn(1, (1, 2)),
    lambda: t.assertIsInstance(3, str),
    lambda: t.assertNotIsInstance(3, int),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.25),
    lambda: t.assertNotAlmostEqual(1.0, 1.0 + 1e-9),
    lambda: t.assertTupleEqual((1, 2), (1, 3)),
    lambda: t.assertListEqual([1], [1, 2]),
    lambda: t.assertSequenceEqual([1, 2, 3], [1, 2]),
    lambda: t.assertDictEqual({'a': 1}, {'a': 2}),
    lambda: t.assertSetEqual({1, 2}, {2, 3}),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertRaises(KeyError, lambda: None),
    lambda: t.fail("explicit"),
    lambda: t.assertEqual("abc", "abd"),
]
for i, check in enumerate(checks):
    try:
        check()
        print(i, "passed?")
    except AssertionError as e:
        print(i, repr(str(e)))

with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception)
t.assertAlmostEqual(0.1 + 0.2, 0.3)
t.assertCountEqual("abc", "cab")
print(t.id(), str(t), repr(t))
