print("package _imports_m init", __name__)
