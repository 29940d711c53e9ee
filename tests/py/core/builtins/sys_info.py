# Pins sys's descriptive attributes: int_info and flags fields, maxunicode, warnoptions, encodings, executable being a str, and get/set_int_max_str_digits with the limit they control.
import sys

ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, ii.str_digits_check_threshold)
f = sys.flags
print(f.optimize, f.debug, f.verbose, f.isolated, f.dev_mode, f.int_max_str_digits, f.hash_randomization)
print(sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff', sys.warnoptions, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.executable).__name__, sys.__stdin__ is not None, sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", str(e)[:40])
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), len(str(int("7" * 6000))))
sys.set_int_max_str_digits(maxdigits=5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
for bad in (640, 1, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ("x", 2.5):
    try:
        sys.set_int_max_str_digits(bad)
    except TypeError as e:
        print("TypeError", e)
sys.set_int_max_str_digits(641)
print(sys.get_int_max_str_digits())
try:
    int("1" * 642)
except ValueError as e:
    print("ValueError", str(e)[:40])
