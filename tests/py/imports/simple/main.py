# Pins a plain module import from the script's directory: attributes, caching, __name__.
import _greet
import _greet
import _greet as g2
print(_greet.hello("world"))
print(_greet.__name__, repr(_greet.__package__))
print(_greet.__file__.endswith("imports/simple/_greet.py"))
print(g2 is _greet, __name__)
print(type(_greet).__name__, sorted(k for k in dir(_greet) if not k.startswith("__")))
print(_greet.__builtins__ is not None, _greet.__doc__)
