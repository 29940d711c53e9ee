# Pins tierpy -m MODULE args: runs the module as __main__ with sys.argv[0] its path (see main.args).
