#!/bin/sh
# Audit the pinned dependency tree for known vulnerabilities (PyPI advisory database).
# Suggested CI step (.ci/run): sh bench/audit.sh
# Needs network access to pypi.org. Without it pip-audit reports every package as "not found"
# and audits nothing: pass --strict (sh bench/audit.sh --strict) to make that a failure.
set -eu
cd "$(dirname "$0")/.."
exec .venv/bin/pip-audit -r requirements.lock --progress-spinner off "$@"
