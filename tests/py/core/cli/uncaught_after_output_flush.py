# Pins that buffered stdout output written before an uncaught exception is not lost.
for i in range(3):
    print("line", i, end=" ")
print()
print("x" * 50)
raise RuntimeError("after output")
