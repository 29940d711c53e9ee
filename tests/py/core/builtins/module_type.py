# Pins module objects: types.ModuleType(name[, doc]), dir(module) listing only its dict, PEP 562 module __getattr__/__dir__, and the repr of a module made at run time.
import types, string
m = types.ModuleType("mm")
m.x = 1
print(dir(m), m, m.__name__, m.__doc__, types.ModuleType("d", "doc").__doc__)
print([n for n in dir(string) if n.startswith('__') and n not in ('__loader__', '__spec__', '__cached__')])
exec("def __getattr__(name):\n    if name == 'lazy': return 42\n    raise AttributeError(f'no {name}')\ndef __dir__():\n    return ['b', 'a']", m.__dict__)
print(m.lazy, dir(m), hasattr(m, 'other'))
try:
    m.other
except AttributeError as e:
    print(e)
try:
    types.ModuleType(3)
except TypeError as e:
    print(e)
print(sorted(m.__dir__()))
