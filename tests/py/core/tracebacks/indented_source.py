# Pins that source lines are shown stripped of indentation in deeply nested code.
def deep(data):
    for row in data:
        if row:
            for item in row:
                if item is None:
                    return item.value
deep([[1, 2], [], [3, None]])
