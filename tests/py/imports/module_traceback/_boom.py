def go():
    return inner()

def inner():
    return {}["key"]

print("boom loaded")
