# try/except/else/finally, with, raise, assert, return through finally.
def handle(f):
    try:
        r = f()
    except (KeyError, IndexError) as e:
        r = e
    except Exception:
        raise RuntimeError("bad") from None
    else:
        r = r + 1
    finally:
        print("done")
    return r

def through_finally(items):
    for it in items:
        try:
            if it:
                return it
            continue
        finally:
            items.clear()
    with open("f") as fh:
        assert fh, "no file"
        return fh.read()
