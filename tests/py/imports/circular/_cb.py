print("_cb start")
import _ca
import sys
seen = sorted(k for k in dir(_ca) if not k.startswith("__"))
print("_cb sees", seen, _ca is sys.modules["_ca"])
