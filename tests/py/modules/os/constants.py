# Pins the os module's constants and basic process queries.
import os
print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull)
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.getcwd()).__name__, os.path.isabs(os.getcwd()))
print(type(os.environ).__name__ in ("dict", "_Environ"), "PATH" in os.environ or True)
print(os.getenv("TIERPY_SURELY_UNSET_VAR"), os.getenv("TIERPY_SURELY_UNSET_VAR", "dflt"))
print(os.environ.get("LC_ALL"), os.getenv("LC_ALL"))
import os.path, posixpath
print(os.path is posixpath, os.path.sep)
