__all__ = ["pub", "_priv_listed"]
pub = 1
_priv_listed = 2
other = 3
_hidden = 4
