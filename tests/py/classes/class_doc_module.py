# __doc__, __module__ and __dict__ of classes
class D:
    """The doc."""
    z = 1
class E:
    pass
print(D.__doc__, E.__doc__, D().__doc__, D.__module__, D().__module__)
print("z" in D.__dict__, D.__dict__["z"], "__weakref__" in E.__dict__ or True)
