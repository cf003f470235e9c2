"""Importing spaCy without its command-line interface.

``spacy/__init__`` runs ``from .cli.info import info``, and ``spacy.cli`` imports every spaCy
command: weasel, typer, requests, httpx, click, the project and download helpers.  sitrep runs
none of them, yet paid ~0.3 s of CPU (a third of spaCy's import) and ~370 modules in every
process that parses text.  ``import_spacy`` imports spaCy with placeholder ``spacy.cli`` and
``spacy.cli.info`` modules in ``sys.modules``, then takes them out again, so that:

- ``spacy.info`` still works: the placeholder forwards to the real function, imported on call;
- ``import spacy.cli`` / ``from spacy import cli`` later in the process import the real package
  (the placeholder is neither in ``sys.modules`` nor an attribute of ``spacy`` any more);
- a spaCy whose ``__init__`` needs more of its CLI than ``info`` fails with the placeholder: it is
  then imported the ordinary way, with nothing of the attempt left behind.

Nothing inside spaCy is patched: the placeholders only stand in during the import statement.

Before the import, ``file_entry_points_by_group`` hands catalogue (the registries of spaCy, thinc
and srsly) the process's entry points already filed by group, a form catalogue accepts as it is.
It otherwise filters all of them (every installed package's) at each lookup: ~250 lookups and
~41,000 ``EntryPoint.matches`` calls to load a model, ~0.1 s of a one-article ingest.
"""

from __future__ import annotations

import logging
import sys
import types

log = logging.getLogger(__name__)

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


def _info(*args, **kwargs):
    """``spacy.info``: the real function, from the real ``spacy.cli`` imported now."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _placeholders() -> dict[str, types.ModuleType]:
    cli = types.ModuleType(_CLI, "placeholder while sitrep imports spaCy (sitrep.analyse.spacy_import)")
    cli.__path__ = []  # a package with no submodules: anything more than .info fails to import
    info = types.ModuleType(_INFO)
    info.info = _info
    cli.info = info
    return {_CLI: cli, _INFO: info}


def file_entry_points_by_group() -> None:
    """catalogue's entry points as a dict of group → entry points, in their order.

    catalogue reads the process's entry points once (``AVAILABLE_ENTRY_POINTS``) and then, for every
    registry miss and every ``get_all`` (srsly asks for its msgpack decoders at each unpacking),
    selects those of one group out of all of them.  With a dict it takes ``.get(group, [])`` instead
    (its branch for the older importlib API): the same entry points, each group filed once."""
    import catalogue

    available = catalogue.AVAILABLE_ENTRY_POINTS
    if type(available) is dict or not hasattr(available, "select"):
        return  # filed already (or an importlib without ``select``, which catalogue reads as a dict)
    by_group: dict[str, list] = {}
    if isinstance(available, dict):  # Python 3.11's groups: filed already, yet ``select`` chains them all per call
        by_group = {group: list(entry_points) for group, entry_points in dict.items(available)}
    else:
        for entry_point in available:
            by_group.setdefault(entry_point.group, []).append(entry_point)
    catalogue.AVAILABLE_ENTRY_POINTS = by_group


def import_spacy() -> types.ModuleType:
    """The ``spacy`` package, imported without ``spacy.cli`` when this process has not imported it yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    file_entry_points_by_group()
    before = set(sys.modules)
    stand_ins = _placeholders()
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:
        log.debug("spaCy needs more of its CLI at import: importing it whole", exc_info=True)
        _forget(stand_ins, set(sys.modules) - before)
        import spacy
    except BaseException:
        _forget(stand_ins, ())
        raise
    else:
        _forget(stand_ins, ())
    if getattr(spacy, "cli", None) is stand_ins[_CLI]:
        del spacy.cli  # ``from spacy import cli`` must import the real package, not find this
    return spacy


def _forget(stand_ins: dict[str, types.ModuleType], partial) -> None:
    """Take the placeholders out of ``sys.modules``, and the ``spacy`` modules a failed attempt left."""
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]
    for name in partial:
        if name == "spacy" or name.startswith("spacy."):
            sys.modules.pop(name, None)
