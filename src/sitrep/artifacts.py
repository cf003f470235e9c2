"""Built once, loaded after: fitted models and compiled indexes kept in a cache directory.

An artifact is one file named by what it is and a digest of everything it was built from (code
version, training data, library versions): a change to any input gives a new name, so a stale
artifact is never found, and the digest is repeated inside the file and checked on load.  The file
holds a header line (magic, digest, SHA-256 of the payload) and the pickled payload; a truncated or
corrupt file fails the checksum and is rebuilt, never trusted.  Writes go to a temporary file
renamed into place, so concurrent first uses (pool workers, Dask workers) never see half a file.

The directory is ``$SITREP_CACHE`` when set (tests point it at a temporary directory), else
``$XDG_CACHE_HOME/sitrep``, else ``~/.cache/sitrep``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
_MAGIC = b"sitrep-artifact-1"
# kinds of the artifacts this process built instead of loading: a worker that finds its cache warm
# must build none (bench/dask_worker.py and the engine tests ask)
_BUILT_HERE: list[str] = []


def cache_dir() -> Path:
    explicit = os.environ.get("SITREP_CACHE")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(xdg) / "sitrep"


def digest(parts: Iterable[str | bytes]) -> str:
    """SHA-256 over the parts, each length-prefixed (so ("ab", "c") and ("a", "bc") differ)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def library_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def path_for(kind: str, key: str) -> Path:
    return cache_dir() / f"{kind}-{key[:24]}.artifact"


def load(kind: str, key: str) -> Any | None:
    """The payload stored for (kind, key), or None when absent, stale or corrupt."""
    path = path_for(kind, key)
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    header, _, payload = blob.partition(b"\n")
    fields = header.split(b" ")
    if len(fields) != 3 or fields[0] != _MAGIC or fields[1].decode("ascii", "replace") != key:
        log.warning("rebuilding artifact %s: not built from these inputs", path)
        return None
    if hashlib.sha256(payload).hexdigest().encode("ascii") != fields[2]:
        log.warning("rebuilding artifact %s: checksum mismatch (truncated or corrupt)", path)
        return None
    try:
        return pickle.loads(payload)
    except Exception as exc:  # e.g. a class renamed since: rebuild rather than fail
        log.warning("rebuilding artifact %s: %s", path, exc)
        return None


def save(kind: str, key: str, obj: Any) -> Path | None:
    """Store ``obj`` for (kind, key); a cache that cannot be written only costs the next start."""
    path = path_for(kind, key)
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    header = b" ".join((_MAGIC, key.encode("ascii"), hashlib.sha256(payload).hexdigest().encode("ascii")))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            fh.write(header + b"\n")
            fh.write(payload)
        os.replace(tmp, path)
    except OSError as exc:
        log.info("could not write artifact %s: %s", path, exc)
        return None
    return path


def cached(kind: str, key: str, build: Callable[[], T]) -> T:
    """The artifact for (kind, key): loaded when present and sound, else built and stored."""
    found = load(kind, key)
    if found is not None:
        return found
    obj = build()
    _BUILT_HERE.append(kind)
    save(kind, key, obj)
    return obj


def ensure(kind: str, key: str, build: Callable[[], Any]) -> bool:
    """Build and store the artifact for (kind, key) unless its file is already there, without
    loading it: what a parent does before its workers start, so that they find every artifact
    (a corrupt file under the name is rebuilt by whoever loads it).  True when built here."""
    if path_for(kind, key).exists():
        return False
    _BUILT_HERE.append(kind)
    save(kind, key, build())
    return True


def built_here() -> tuple[str, ...]:
    """The kinds of artifact this process built (rather than loaded), in order."""
    return tuple(_BUILT_HERE)
