# traceback.format_exc, format_exception, print_exc, extract_tb and format_exception_only
import sys
import traceback

def inner(x):
    return 10 // x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"), end="")
    e = sys.exc_info()[1]
    lines = traceback.format_exception(e)
    print(len(lines) > 2, lines[0], end="")
    print(traceback.format_exception_only(e))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
    print(traceback.format_exception(type(e), e, e.__traceback__) == lines)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError:
    sys.stdout.write(traceback.format_exc().replace(__file__, "FILE"))
