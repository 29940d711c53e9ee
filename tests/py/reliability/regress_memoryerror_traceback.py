# Regression: the VM's one MemoryError kept its last traceback, whose frames (and their globals' cycles) outlived the last collection.
class Box:
    def method(self):
        return [self] * 3
items = [Box().method() for _ in range(5)]
try:
    import weakref
    print("weakref", weakref.ref(items[0][0])() is items[0][0])
except MemoryError:
    print("MemoryError handled")
print(len(items))
