"""Modules over 500 lines and functions over 80 lines in the sitrep package, and the
packages (``sitrep.<package>``) whose ``__init__`` docstring does not say what the package may import.

    python tools/check_sizes.py [SRC]      # prints each finding; exit 1 when there is one

Tables of data are the exception: ``ALLOWED`` names them, each with why it is long.  A function
listed there that grows is still a finding only if it passes its recorded length, so the list cannot
hide new code.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80

# "module path:function" → (the length it has, why a table of data is allowed to be long)
ALLOWED: dict[str, tuple[int, str]] = {
    "sitrep/analyse/dates.py:_rules": (132, "the date rule table: one pattern and resolver per form, in priority order"),
}


def _functions(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name, node.end_lineno - node.lineno + 1


def findings(src: Path) -> list[str]:
    """One line per module or function over its limit, and per package without its import rule."""
    out = []
    for path in sorted((src / "sitrep").rglob("*.py")):
        rel = path.relative_to(src).as_posix()
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        if lines > MAX_MODULE_LINES:
            out.append(f"{rel}: {lines} lines (limit {MAX_MODULE_LINES})")
        tree = ast.parse(text)
        for name, length in _functions(tree):
            allowed = ALLOWED.get(f"{rel}:{name}", (MAX_FUNCTION_LINES, ""))[0]
            if length > allowed:
                out.append(f"{rel}:{name}: {length} lines (limit {allowed})")
        if path.name == "__init__.py" and path.parent.parent == src / "sitrep":  # a stage's package
            if "may import" not in (ast.get_docstring(tree) or "").lower():
                out.append(f"{rel}: the package docstring does not say what it may import")
    return out


def main(argv: list[str]) -> int:
    src = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "src"
    found = findings(src)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
