# Pins the final line of an uncaught KeyError (repr of the key) and subscript markers.
config = {"host": "localhost"}
port = config["port"]
