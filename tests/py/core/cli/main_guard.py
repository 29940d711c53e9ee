# Pins __name__ == "__main__" for the main script and module globals like __name__ and __doc__ (None).
print(__name__, __doc__)
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
import sys
print(sys.modules["__main__"].__name__, "__main__" in sys.modules)
