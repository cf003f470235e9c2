"""The one list of words for armed people (``knowledge/data/armed_people.tsv``), read once.

The codebook's rules ask the same question in several places (was the target armed? did armed men
defend the place? is the doer an armed group? is a side of a fight the state's?), and so do the tolls and
fusion (were the dead fighters?); each asks it of the words with its role in the table, so a new word for
soldiers or volunteers is added once.  Cue tables
name a role as ``{armed:ROLE}`` in their regular expressions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parent / "data" / "armed_people.tsv"
_PLACEHOLDER = re.compile(r"\{armed:(?P<role>[a-z_]+)\}")


@lru_cache(maxsize=1)
def _entries() -> tuple[tuple[str, frozenset[str]], ...]:
    out = []
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, roles = line.split("\t", 1)
        out.append((form.strip(), frozenset(r.strip() for r in roles.split(","))))
    return tuple(out)


@lru_cache(maxsize=16)
def armed_forms(role: str) -> str:
    """The words of ``role`` as regex alternatives joined by "|", in the table's order (no group around them)."""
    forms = [form for form, roles in _entries() if role in roles]
    if not forms:
        raise KeyError(f"no armed-people words with role {role!r} in {LEXICON.name}")
    return "|".join(forms)


@lru_cache(maxsize=1)
def state_side_forms() -> str:
    """The words for the state's side whose dead a toll counts apart from the enemy's and the civilians': its
    servicemen (the table's one list of them) and the volunteers beside them, as regex alternatives.  The tolls'
    sides, the contested tolls' and the own-forces clause of a toll summed across clauses build on it and name what
    they add."""
    return armed_forms("servicemen") + r"|VDPs?|volunteers?"


def any_armed_forms() -> str:
    """The table's words for armed men in every role the codebook's rules use, as regex alternatives: the one word
    list behind each "is this person armed" check (struck victims, lone victims, agents)."""
    return "|".join(armed_forms(r) for r in ("battle_target", "defender", "doer", "not_communal"))


def with_armed_words(regex: str) -> str:
    """``regex`` with each ``{armed:ROLE}`` replaced by a group of that role's words."""
    return _PLACEHOLDER.sub(lambda m: "(?:" + armed_forms(m.group("role")) + ")", regex)
