"""A regular package used by the imports cases."""
__all__ = ["value", "sub"]
value = 42
hidden = "not in __all__"
