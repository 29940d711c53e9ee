# Pins logging: levels and names, getLogger hierarchy with placeholders, propagation, handler levels, %/{}/$ formatters, filters, extra, exceptions, LoggerAdapter, basicConfig, lastResort and disable.
import io
import logging
import sys

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s"))
app = logging.getLogger("app")
app.addHandler(h)
app.setLevel(logging.DEBUG)


def work(n):
    app.debug("debug %d", n)
    app.info("info %s/%r", "x", "y")
    app.warning("dict %(k)s", {"k": "v"})


work(1)
db = logging.getLogger("app.db.pool")
mid = logging.getLogger("app.db")
print(db.parent is mid, mid.parent is app, app.parent is logging.root, db.getEffectiveLevel(), logging.getLogger("app.db") is mid)
db.error("from the pool")
mid.propagate = False
db.critical("stops at db (no handler there)")
mid.propagate = True
h2 = logging.StreamHandler(out)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter("{levelname}|{name}|{message!r}", style="{"))
mid.addHandler(h2)
db.warning("warning: only the app handler")
db.error("error: both handlers")
h3 = logging.StreamHandler(out)
h3.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
h3.addFilter(logging.Filter("app.db"))
h3.addFilter(lambda r: "secret" not in r.getMessage())
app.addHandler(h3)
app.warning("not through the filter")
db.warning("through the filter")
db.warning("a secret stays out of h3")
app.removeHandler(h3)
mid.removeHandler(h2)
try:
    1 / 0
except ZeroDivisionError:
    app.exception("caught %s", "it")
app.error("no exc", exc_info=False)
h.setFormatter(logging.Formatter("%(user)s %(message)s"))
app.info("with extra", extra={"user": "ann"})
adapter = logging.LoggerAdapter(app, {"user": "bob"})
adapter.info("via adapter %d", 5)
try:
    app.info("clash", extra={"name": "x"})
except KeyError as e:
    print("KeyError", e)
print(out.getvalue(), end="")
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(15), app.isEnabledFor(5), repr(app), repr(logging.root))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))
for bad in ("LOUD", 2.5):
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("x", style="?")
except ValueError as e:
    print("ValueError", e)
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 30, "levelname": "WARNING", "name": "n"})
print(rec.getMessage(), logging.Formatter().format(rec), logging.Formatter("%(levelname)s:%(message)s").format(rec))
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.info("root info")
logging.debug("root debug hidden")
logging.getLogger("other.child").warning("propagates to root")
logging.basicConfig(stream=sys.stdout, format="ignored")
logging.warning("second basicConfig ignored")
logging.basicConfig(stream=sys.stdout, format="forced %(message)s", force=True)
logging.error("after force")
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("critical passes")
logging.disable(logging.NOTSET)
try:
    logging.basicConfig(stream=sys.stdout, filename="x.log")
except ValueError as e:
    print("ValueError", e)
logging.getLogger().handlers.clear()
lonely = logging.getLogger("lonely")
lonely.propagate = False
old = sys.stderr
sys.stderr = sys.stdout
lonely.warning("lastResort writes to stderr: %d", 1)
lonely.info("below lastResort's level")
sys.stderr = old
print(logging.getLogger("app").getChild("db") is mid, sorted(k for k in logging.Logger.manager.loggerDict if k.startswith("app")))
