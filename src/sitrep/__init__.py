"""sitrep: a sourced, queryable picture of an armed conflict from the news about it."""

__version__ = "0.1.0"
