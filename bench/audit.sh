#!/bin/sh
# Audit the pinned dependency tree for known vulnerabilities (PyPI advisory database); every
# package is pinned in requirements.lock, so no resolution is needed (--no-deps --disable-pip).
# Suggested CI step (.ci/run): sh bench/audit.sh
# Needs network access to pypi.org. Without it pip-audit reports every package as "not found"
# and audits nothing: pass --strict (sh bench/audit.sh --strict) to make that a failure.
set -eu
cd "$(dirname "$0")/.."
exec .venv/bin/pip-audit -r requirements.lock --no-deps --disable-pip --progress-spinner off "$@"
