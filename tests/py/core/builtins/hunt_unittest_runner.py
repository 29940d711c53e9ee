# unittest TextTestRunner output (verbosity 2) captured, with the timing line removed
import unittest, io, re
class T(unittest.TestCase):
    def test_a_ok(self): self.assertEqual(1 + 1, 2)
    def test_b_fail(self): self.assertEqual('abc', 'abd', 'strings differ')
    def test_c_error(self): raise RuntimeError('boom')
    def test_d_dict(self): self.assertDictEqual({'a': 1}, {'a': 2})
    def test_e_true(self): self.assertTrue(0, 'zero is falsy')
    def test_f_in(self): self.assertIn(3, [1, 2])
    def test_g_raises(self):
        with self.assertRaises(ValueError): pass
    def test_h_is(self): self.assertIs(None, 0)
    def test_i_almost(self): self.assertAlmostEqual(1.0, 1.1)
    def test_j_list(self): self.assertEqual([1, 2, 3], [1, 2, 4])
buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
out = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests', buf.getvalue())
out = re.sub(r'File "[^"]*", line \d+', 'File X', out)
print(out)
print(res.wasSuccessful(), len(res.failures), len(res.errors))
