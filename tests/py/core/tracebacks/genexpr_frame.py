# Pins a traceback through sum() consuming a generator expression (<genexpr> frame).
words = ["1", "2", "three"]
total = sum(int(w) for w in words)
