"""The actors, persons and lineage sections."""

from __future__ import annotations

from sitrep.errors import SitrepError
from sitrep.eval.gold.names import _owners
from sitrep.eval.goldfile import Gold, parse_partial
from sitrep.eval.scoring import Section
from sitrep.eval.system import SystemView, majority


def score_aliases(name: str, table: dict[str, list[str]], ids: dict[str, str | None], view: SystemView,
                  persons: bool) -> Section:
    section = Section(name)
    owners = _owners(ids)
    for canonical, aliases in table.items():
        expected = ids.get(canonical)
        shared = expected is not None and owners.get(expected) != canonical
        for alias in aliases:
            answers = _alias_answers(alias, view, persons)
            key = f"{alias!r} → {canonical}"
            unknown = "" if expected else "; canonical unknown to the system"
            if not answers:
                section.add(key, "miss", canonical, None, "not resolved" + unknown)
                continue
            wrong = {how: a for how, a in answers.items() if a != expected}
            if not wrong and not shared:
                section.add(key, "ok", canonical, expected)
            elif wrong.get("mentions") == "untagged" and len(wrong) == 1:
                section.add(key, "miss", canonical, None, "it occurs in the text but no mention was found there")
            else:
                if shared:
                    why = f"{expected} is also {owners.get(expected)}: two gold actors merged"
                else:
                    why = "; ".join(f"{how} say {a}" for how, a in wrong.items()) + unknown
                section.add(key, "wrong", canonical, next(iter(wrong.values()), expected), why)
    return section


def _alias_answers(alias: str, view: SystemView, persons: bool) -> dict[str, str]:
    """The system's answers for an alias: the resolver's (actors only), and the id most of the
    mentions at its occurrences in the corpus carry ("untagged" when it occurs but nothing was found)."""
    kind, attr = ("persons", "person_id") if persons else ("actors", "actor_id")
    answers: dict[str, str] = {}
    if not persons:
        resolved = view.resolve(alias)
        if resolved:
            answers["resolver"] = resolved
    if view.occurrences(alias):
        answers["mentions"] = majority(getattr(m, attr) for m in view.mentions_at(kind, alias)) or "untagged"
        if view.shared_alias is not None and view.shared_alias(alias) and answers["mentions"] != "untagged":
            # a name several countries' forces share says nothing out of context: the resolver answers one
            # default country, while the mentions in the story carry the country the story gives them (a
            # description of a role held in turn says nothing undated: the mentions carry the story's date)
            answers.pop("resolver", None)
    return answers


def _dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    try:
        x, y = parse_partial(a), parse_partial(b)
    except SitrepError:
        return str(a) == str(b)
    return x[0] <= y[1] and y[0] <= x[1]


def score_lineage(gold: Gold, ids: dict[str, str | None], view: SystemView) -> Section:
    section = Section("lineage")
    edges = {(p, s): d for p, s, d in view.lineage}
    for e in gold.lineage:
        p, s = ids.get(e.source), ids.get(e.target)
        key = f"{e.source} → {e.target} ({e.date})"
        if p is not None and s is not None and (p, s) in edges:
            if _dates_agree(e.date, edges[(p, s)]):
                section.add(key, "ok", (e.source, e.target, e.date), (p, s, edges[(p, s)]))
            else:
                section.add(key, "wrong", e.date, edges[(p, s)], "relation found with another date")
        elif p is not None and s is not None and (s, p) in edges:
            section.add(key, "wrong", (e.source, e.target), (s, p), "relation reversed")
        else:
            section.add(key, "miss", (e.source, e.target, e.date), None, "no such successor relation")
    return section
