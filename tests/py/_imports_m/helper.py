X = "helper x"
