# Pins "The above exception was the direct cause of the following exception:" output for raise ... from.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {text!r}") from e
parse("12")
parse("twelve")
