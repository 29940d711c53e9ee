# Pins a minimal user-defined exception (class with pass): str/repr/args, catching via base, hierarchy.
class AppError(Exception):
    pass
class DbError(AppError):
    pass
try:
    raise DbError("connection lost", 3)
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, isinstance(e, Exception))
try:
    raise AppError
except Exception as e:
    print(repr(e), str(e) == "")
print([c.__name__ for c in DbError.__mro__])
