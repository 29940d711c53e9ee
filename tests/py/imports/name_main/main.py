# Pins __name__ == "__main__" only for the main script.
import _helper
print("main:", __name__, _helper.__name__)
if __name__ == "__main__":
    print("main ran as script")
