# Pins the markers under non-ASCII source lines: columns are UTF-8 bytes
# turned into characters, drawn with East Asian wide characters counted as
# two columns; a span going on to later lines is marked as CPython does.
def chain(cases):
    try:
        cases[0]()
    finally:
        if len(cases) > 1:
            chain(cases[1:])

def accents():
    é = {"ü": "ö"}
    return é["ü"] + 1
def wide():
    s = "日本"; t = s + 1
def wide_key():
    d = {}
    return d["日本語"] + 1
def wide_multiline():
    return ("日本ab" +  
            1)
def 関数():
    return "漢字" * "x"
chain([accents, wide, wide_key, wide_multiline, 関数])
