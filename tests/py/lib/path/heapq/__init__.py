# A package named like a standard module: the script's directory comes
# first on sys.path, so lib/path/shadow.py imports this, not the bundled heapq.
SHADOW = 'the script directory wins'
