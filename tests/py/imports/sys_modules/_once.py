print("_once runs")
counter = 1
