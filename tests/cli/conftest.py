"""The CLI tests share the API tests' corpus (the example articles run through the real pipeline once
per session)."""

from tests.api.conftest import corpus, session_dir  # noqa: F401 - fixtures, found by name
