# Pins generator.close(): finally blocks run, GeneratorExit handling, "generator ignored GeneratorExit", close on fresh/finished generators.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

it = g()
print(next(it))
print(it.close())
print(it.close())
print(list(it))

fresh = g()
fresh.close()
print("fresh closed", list(fresh))

def catches():
    try:
        yield 1
    except GeneratorExit as e:
        print("saw", type(e).__name__, repr(e), isinstance(e, Exception), isinstance(e, BaseException))
        raise

it = catches()
next(it)
it.close()

def ignores():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            print("ignoring")
        except KeyError:
            return

it = ignores()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    it.throw(KeyError)
except StopIteration:
    print("ignores ended")

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ret"
it = returns_on_exit()
next(it)
print("close ->", it.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
it = raises_other()
next(it)
try:
    it.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

def dropped():
    try:
        yield 1
        yield 2
    finally:
        print("finally on drop")

for x in dropped():
    print("first", x)
    break
print("after loop")

it = dropped()
next(it)
del it
print("after del")

def running():
    me = yield
    try:
        me.close()
    except ValueError as e:
        print("ValueError:", e)
    print("gi_running inside:", me.gi_running)
    yield
it = running()
next(it)
it.send(it)
print("gi_running outside:", it.gi_running)
