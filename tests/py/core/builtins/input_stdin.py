# Pins input() reading lines from stdin (with and without a prompt) and EOFError at end of input.
name = input()
print("hello,", name)
age = input("age? ")
print("age is", int(age) + 1)
rest = input("")
print(repr(rest))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", repr(e))
