print("_ca start")
import _cb
done = "ca done"
print("_ca end")
