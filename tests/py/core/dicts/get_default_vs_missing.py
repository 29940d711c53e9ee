# Pins that d.get never raises, `in` checks keys only, and None as a stored value vs missing key.
d = {"present": None}
print(d.get("present", "dflt"), d.get("missing", "dflt"), "present" in d, None in d, None in d.values())
print(d.get([1].__len__()), len(d))
try:
    d.get([1])
except TypeError as e:
    print(e)
