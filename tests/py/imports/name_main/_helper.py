if __name__ == "__main__":
    print("helper as main")
else:
    print("helper imported as", __name__)
