# Pins a generated source with a list literal of a million elements, compiled and run.
n = 10 ** 6
src = "x = [" + ",".join(str(i % 1000) for i in range(n)) + "]\n"
ns = {}
exec(src, ns)
x = ns["x"]
print(len(x), sum(x), x[-1])
src = "d = {" + ",".join(f"{i}: {i}" for i in range(100000)) + "}\n"
exec(src, ns)
print(len(ns["d"]), ns["d"][99999])
