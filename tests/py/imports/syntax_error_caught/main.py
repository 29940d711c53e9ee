# Pins SyntaxError from an import caught: its attributes, and the module not left in sys.modules.
import sys
try:
    import _bad2
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.rsplit("/", 1)[-1])
print("_bad2" in sys.modules)
try:
    import _bad_indent
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
