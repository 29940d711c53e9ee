# Pins sys attributes used by simple programs: argv[0] as given, maxsize, version_info major/minor, byteorder.
import sys
print(sys.argv[1:], sys.maxsize == 2 ** 63 - 1, sys.version_info[:2] >= (3, 11), sys.byteorder)
print(type(sys.argv).__name__, sys.argv[0].endswith("sys_basics.py"), sys.platform.startswith("linux"))
sys.stdout.write("written directly\n")
sys.stderr.write("stderr directly\n")
print(sys.stdout.write("abc") if False else "ok")
