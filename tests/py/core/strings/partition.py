# Pins partition/rpartition when the separator is found, found multiple times, or absent; empty separator error.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(e)
