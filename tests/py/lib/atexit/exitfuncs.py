# Pins atexit: callbacks run after the main program (also after an uncaught exception's report), newest first, with their arguments; unregister; a failing callback is reported and the rest still run.
import atexit


class Loud:
    def __repr__(self):
        return "<Loud callback>"

    def __call__(self):
        raise ValueError("raised in a callback")


def bye(who, punct="!"):
    print("bye", who + punct)


atexit.register(bye, "first")
atexit.register(Loud())
r = atexit.register(bye, "second", punct="?")
print(r is bye)


@atexit.register
def decorated():
    print("decorated runs first")


atexit.register(print, "to be removed")
atexit.register(print, "also removed")
atexit.unregister(print)
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError", e)
print("main done")
raise KeyError("uncaught")
