print("running _fails")
1 / 0
