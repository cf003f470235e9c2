"""The analysts' dashboard: static files (no build step) served by the API at ``/``.

May import: nothing of sitrep (static files).
"""
