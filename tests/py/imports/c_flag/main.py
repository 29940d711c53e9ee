# Pins -c CODE importing from the current directory ('' in sys.path).
