# Pins a package with __init__.py: its attributes, a submodule, and import order.
import pkg
print(pkg.NAME, pkg.__name__, repr(pkg.__package__))
print([p.rsplit("/", 2)[-2:] for p in pkg.__path__])
print(pkg.__file__.endswith("pkg/__init__.py"))
import pkg.mod
print(pkg.mod.value(), pkg.mod.__name__, pkg.mod.__package__)
import pkg.mod as m
print(m is pkg.mod)
print(sorted(k for k in __import__("sys").modules if k.startswith("pkg")))
