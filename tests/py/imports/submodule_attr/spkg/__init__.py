__all__ = ["two"]
VALUE = 0
