"""Reading the curated YAML bases (actors, outlets) and their users' additions: one way to load a
file and to check an entry, so that a bad file is E_INVALID naming the file, the entry and what is
wrong, and a missing one E_NOT_FOUND, whichever base it belongs to."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from sitrep.errors import ErrorCode, SitrepError


# libyaml's parser when PyYAML was built with it: the same safe constructors, ~10× faster on the
# shipped bases (they are read by every process that starts)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def bad(path: Path, where: str, why: str) -> SitrepError:
    return SitrepError(ErrorCode.invalid, f"{path}: {where}: {why}")


def load_yaml(path: Path, noun: str) -> Any:
    """The parsed file (None when empty); ``noun`` names the base in the not-found message."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except FileNotFoundError:
        raise SitrepError(ErrorCode.not_found, f"{path}: {noun} file not found") from None
    except yaml.YAMLError as exc:
        raise bad(path, "YAML", str(exc).replace("\n", " ")) from None


def str_list(path: Path, where: str, value, name: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise bad(path, where, f"'{name}' must be a list of strings")
    return [str(v) for v in value]


def checked_entry(path: Path, section: str, i: int, e, *, allowed: set[str], required: tuple[str, ...],
                  slug: re.Pattern, noun: str) -> str:
    """Check what every entry of a base must be (a mapping of known keys, the required strings, a
    lowercase-slug id); returns the entry's place in the file ("outlets[3] (afp)") for messages."""
    where = f"{section}[{i}]" + (f" ({e.get('id')})" if isinstance(e, dict) and e.get("id") else "")
    if not isinstance(e, dict):
        raise bad(path, where, f"an {noun} entry must be a mapping")
    extra = set(e) - allowed
    if extra:
        raise bad(path, where, f"unknown keys {sorted(extra)}")
    for req in required:
        if not e.get(req) or not isinstance(e[req], str):
            raise bad(path, where, f"'{req}' is required and must be a string")
    if not slug.match(e["id"]):
        raise bad(path, where, f"id {e['id']!r} must be a lowercase slug")
    return where


def check_country_code(path: Path, where: str, e: dict, key: str) -> None:
    if e.get(key) is not None and not (isinstance(e[key], str) and len(e[key]) == 2):
        raise bad(path, where, f"{key} must be an ISO 3166 alpha-2 code")
