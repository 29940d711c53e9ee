# Pins tracebacks naming nested functions by their simple name and closures calling each other.
def outer():
    count = 0
    def inner(step):
        return count + step.upper()
    return inner(5)
outer()
