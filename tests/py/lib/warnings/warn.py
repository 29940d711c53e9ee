# warnings: the default filters, once per location, error/ignore/always, catch_warnings(record=True)
import sys
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)

sys.stderr = sys.stdout   # the report goes to stdout, so the order is kept
for i in range(3):
    warnings.warn("plain")                      # shown once (default action)
old_api()
warnings.warn("pending", PendingDeprecationWarning)  # ignored by default
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", RuntimeWarning)
    warnings.warn(UserWarning("instance"))
print([(str(w.message), w.category.__name__) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", message="quiet.*")
    warnings.warn("quiet please")
print(len(warnings.filters) > 0)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"), end="")
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
