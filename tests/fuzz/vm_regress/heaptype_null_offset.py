# an uncaught user exception prints its class name in the traceback
class BadThing(Exception):
    pass
def f():
    raise BadThing("it broke")
f()
