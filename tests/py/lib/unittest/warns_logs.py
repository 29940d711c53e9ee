# Pins TestCase.assertWarns/assertWarnsRegex and assertLogs/assertNoLogs: as context managers and with callables, captured records and output, and the failure messages.
import logging
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning)
    return x * 2


with t.assertWarns(DeprecationWarning) as cm:
    old_api(1)
print(type(cm.warning).__name__, cm.warning, cm.lineno, cm.filename.endswith("warns_logs.py"))
print(t.assertWarns(DeprecationWarning, old_api, 3))
with t.assertWarnsRegex(UserWarning, r"spam \d+"):
    warnings.warn("eggs")
    warnings.warn("spam 42")
for check in (lambda: t.assertWarns(UserWarning, old_api, 1),
              lambda: t.assertWarnsRegex(DeprecationWarning, "nomatch", old_api, 1),
              lambda: t.assertWarns(RuntimeWarning, lambda: None)):
    try:
        check()
    except AssertionError as e:
        print("AssertionError", e)
try:
    with t.assertWarns(UserWarning, msg="custom"):
        pass
except AssertionError as e:
    print("AssertionError", e)
log = logging.getLogger("app.part")
with t.assertLogs("app", level="INFO") as cm:
    log.info("first %d", 1)
    log.debug("hidden")
    logging.getLogger("app").error("second")
print(cm.output, [r.getMessage() for r in cm.records], [r.levelname for r in cm.records])
with t.assertLogs() as cm:
    logging.warning("root warning")
print(cm.output)
with t.assertLogs(log, logging.WARNING) as cm:
    log.warning("via logger object")
print(cm.output, log.handlers, log.propagate)
with t.assertNoLogs("quiet", level="ERROR"):
    logging.getLogger("quiet").warning("below ERROR")
for body, name in ((lambda: None, "app"), (lambda: logging.getLogger("app").critical("loud"), None)):
    try:
        if name:
            with t.assertLogs(name, "WARNING"):
                body()
        else:
            with t.assertNoLogs("app"):
                body()
    except AssertionError as e:
        print("AssertionError", e)
try:
    with t.assertLogs("app"):
        raise KeyError("propagates")
except KeyError as e:
    print("KeyError", e)
print(logging.getLogger("app").handlers, logging.getLogger("app").level)
