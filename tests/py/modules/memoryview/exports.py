# Pins that a viewed bytearray or array refuses to resize until the views are released.
import array
ba = bytearray(b"abc")
m = memoryview(ba)
for call in (lambda: ba.extend(b"x"), lambda: ba.append(1), lambda: ba.pop(), lambda: ba.clear(), lambda: ba.__delitem__(0)):
    try:
        call()
    except BufferError as e:
        print(e)
ba[0] = 65
print(ba, m.tobytes())
m2 = m[1:]
m.release()
try:
    ba.append(1)
except BufferError as e:
    print("still viewed:", e)
m2.release()
ba.append(33)
print(ba)
a = array.array("b", [1])
with memoryview(a) as v:
    try:
        a.extend([2])
    except BufferError as e:
        print(e)
a.extend([2])
print(a)
