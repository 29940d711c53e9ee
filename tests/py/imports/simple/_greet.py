"""Greets."""
print("loading _greet")
def hello(who):
    return "hello " + who
