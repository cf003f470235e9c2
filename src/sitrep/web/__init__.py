"""The analysts' dashboard: static files (no build step) served by the API at ``/``."""
