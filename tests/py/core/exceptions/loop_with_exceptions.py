# Pins exception handling inside loops: continue/break from except, and per-iteration recovery.
results = []
for s in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(s))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
total = 0
for v in [1, 2, 0, 4]:
    try:
        total += 10 // v
    except ZeroDivisionError:
        print("stopping at zero")
        break
print(total)
