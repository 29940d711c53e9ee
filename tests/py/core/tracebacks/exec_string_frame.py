# Pins tracebacks through exec/eval of strings: File "<string>" frames.
code = "x = 1\ny = x + undefined_variable\n"
exec(code)
