# the order of setUpClass, setUp, the tests, cleanups, tearDown and tearDownClass
import unittest
from _stream import Stream

log = []

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass A")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass A")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_one(self):
        log.append("one")

    def test_two(self):
        log.append("two")
        self.fail("two fails")

class B(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp breaks")

    def test_never(self):
        log.append("never")

s = Stream()
unittest.main(module=__name__, argv=["prog"], exit=False,
              testRunner=unittest.TextTestRunner(stream=s))
print("\n".join(log))
print(s.text())
