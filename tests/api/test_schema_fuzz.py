"""Schemathesis against /openapi.json of a live server: generated requests never cause a 5xx.

Each operation's schemathesis strategy is driven by hypothesis directly (schemathesis' pytest
plugin does not run under this pytest version); examples are bounded to keep the test fast."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

EXAMPLES = 4


def test_no_server_errors(read_server):
    schema = schemathesis.openapi.from_url(read_server.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    failures: list[str] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def call(case):
            response = case.call(timeout=30)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} {case.query} → {response.status_code}: "
                                f"{response.text[:200]}")
            content_type = response.headers.get("content-type") or [""]
            if isinstance(content_type, list):
                content_type = content_type[0] if content_type else ""
            if 400 <= response.status_code < 500 and content_type.startswith("application/json"):
                body = response.json()
                assert body["code"].startswith("E_") and body["message"], body

        call()
    assert not failures, "\n".join(failures[:10])
