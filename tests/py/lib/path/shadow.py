# Pins sys.path order: the script's directory before the standard modules (a local package shadows heapq), which still import.
import sys
import heapq
print(heapq.SHADOW, heapq.__file__.endswith('lib/path/heapq/__init__.py'))
print(sys.path[0] == __file__.rsplit('/', 1)[0])
import bisect, collections
print(bisect.__file__.endswith('/bisect.py'), collections.__file__.endswith('/collections/__init__.py'))
print(bisect.__name__, collections.__name__, bisect.insort is bisect.insort_right)
import collections.abc
print(collections.abc.__name__, sys.modules['collections.abc'] is collections.abc)
