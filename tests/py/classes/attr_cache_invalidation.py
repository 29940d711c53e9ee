# Specialized attribute and method access must notice every change that
# could alter what a lookup finds: class attributes set or deleted, base
# classes changed, properties added later, __class__ changed, __dict__
# replaced, instances of several classes through one call site.
class Base:
    def speak(self):
        return "base"


class Child(Base):
    pass


def call_speak(o):
    return o.speak()


c = Child()
out = []
for i in range(200):
    if i == 50:
        Base.speak = lambda self: "patched"
    if i == 100:
        Child.speak = lambda self: "child"
    if i == 150:
        del Child.speak
    out.append(call_speak(c))
print(out[0], out[49], out[50], out[99], out[100], out[149], out[150], out[199])


class Holder:
    def __init__(self, v):
        self.v = v


def read_v(o):
    return o.v


h = Holder(1)
seen = []
for i in range(200):
    if i == 80:
        Holder.v = property(lambda self: "prop")
    if i == 120:
        del Holder.v
    seen.append(read_v(h))
print(seen[0], seen[79], seen[80], seen[119], seen[120])


def write_v(o, x):
    o.v = x


log = []
k = Holder(0)
for i in range(200):
    if i == 60:
        def setter(self, x):
            log.append(x)
        Holder.v = property(lambda self: "p", setter)
    if i == 61:
        del Holder.v
    write_v(k, i)
print(log, k.v, vars(k))


# One call site, instances of many classes with different layouts.
class A:
    def __init__(self):
        self.x = "A"


class B:
    def __init__(self):
        self.y = 0
        self.x = "B"


class C(A):
    def __init__(self):
        self.z = 1
        super().__init__()


def get_x(o):
    return o.x


objs = [A(), B(), C()] * 50
print("".join(get_x(o) for o in objs)[:12], len(objs))


# An instance attribute that starts shadowing a method mid-loop.
class M:
    def f(self):
        return "method"


m = M()
res = []
for i in range(150):
    if i == 70:
        m.f = lambda: "instance"
    if i == 110:
        del m.f
    res.append(m.f())
print(res[69], res[70], res[109], res[110])


# __class__ switched under a specialized site.
class P1:
    def who(self):
        return "P1"


class P2:
    def who(self):
        return "P2"


p = P1()
names = []
for i in range(120):
    if i == 60:
        p.__class__ = P2
    names.append(p.who())
print(names[59], names[60], names[119])


# __getattr__ added to a class later, and __setattr__ defined later.
class G:
    pass


g = G()
g.known = 1
hits = []
for i in range(100):
    if i == 50:
        G.__getattr__ = lambda self, name: "fallback:" + name
    try:
        hits.append(g.unknown)
    except AttributeError:
        hits.append("missing")
print(hits[49], hits[50], g.known)


class S:
    pass


s = S()
calls = []
for i in range(100):
    if i == 40:
        def __setattr__(self, name, value):
            calls.append((name, value))
            object.__setattr__(self, name, value)
        S.__setattr__ = __setattr__
    s.a = i
print(len(calls), calls[0], s.a)
