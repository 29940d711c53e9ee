# sys.stdin.buffer and sys.stdout.buffer: bytes in and out, mixed with text writes
import sys
first = sys.stdin.buffer.readline()
rest = sys.stdin.buffer.read()
sys.stdout.write("text first\n")
sys.stdout.flush()
sys.stdout.buffer.write(first.upper())
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.buffer.flush()
print(len(rest), rest.count(b"\n"), type(rest).__name__)
for line in rest.splitlines():
    print(line[::-1])
try:
    sys.stdout.buffer.write("not bytes")
except TypeError as e:
    print("TypeError:", e)
