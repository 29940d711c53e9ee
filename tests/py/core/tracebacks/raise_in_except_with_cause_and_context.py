# Pins that an explicit cause hides the implicit context in the printed chain.
try:
    {}["a"]
except KeyError:
    try:
        [][0]
    except IndexError as e:
        raise ValueError("final") from e
