# Pins substring `in` including empty string, case sensitivity, and TypeError for non-str left operand.
print("" in "", "" in "abc", "bc" in "abc", "cb" in "abc", "A" in "abc", "é" in "café")
try:
    1 in "abc"
except TypeError as e:
    print(e)
try:
    ["a"] in "abc"
except TypeError as e:
    print(e)
