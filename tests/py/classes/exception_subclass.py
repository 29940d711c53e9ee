# user exceptions: raise, catch by base, args, str, custom __init__ and __str__
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
try:
    raise NotFound("k1")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, repr(e))
class Coded(ValueError):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f"code {self.code}"
try:
    raise Coded(7)
except ValueError as e:
    print(str(e), e.code, isinstance(e, Exception))
print(issubclass(NotFound, Exception), NotFound.__mro__)
