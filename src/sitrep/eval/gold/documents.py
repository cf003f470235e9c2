"""The documents section: stated metadata fields and boilerplate lines."""

from __future__ import annotations

from sitrep.eval.goldfile import Gold
from sitrep.eval.scoring import Section
from sitrep.eval.system import SystemView, norm
from sitrep.model import Document


def score_documents(gold: Gold, view: SystemView) -> Section:
    section = Section("documents")
    for g in gold.documents:
        doc = view.documents.get(g.file)
        if doc is None:
            n = len(["title", "outlet", "wire", "url", "published"]) + len(g.boilerplate)
            section.add(f"{g.file}", "miss", g.file, None, f"document not ingested ({n} field checks)")
            continue
        for name in ("title", "outlet", "wire", "url"):
            if name not in g.keys:
                continue
            _field_item(section, f"{g.file} {name}", getattr(g, name), getattr(doc, name))
        if "published" in g.keys or g.published_estimate:
            _published_item(section, g, doc)
        clean = norm(doc.clean_text)
        for line in g.boilerplate:
            present = norm(line) in clean
            section.add(f"{g.file} boilerplate {line!r}", "wrong" if present else "ok", "absent",
                        "present" if present else "absent", "boilerplate kept in the cleaned text" if present else "")
    return section


def _field_item(section: Section, key: str, expected: str | None, got: str | None) -> None:
    if expected is None:
        if got:
            section.add(key, "extra", None, got, "gold says the text does not state it")
        else:
            section.add(key, "ok", None, None)
    elif not got:
        section.add(key, "miss", expected, None, "not extracted")
    elif norm(got) == norm(expected):
        section.add(key, "ok", expected, got)
    else:
        section.add(key, "wrong", expected, got, "differs")


def _published_item(section: Section, g, doc: Document) -> None:
    key = f"{g.file} published"
    pub = doc.published
    if g.published is not None:
        if pub.date is None:
            section.add(key, "miss", g.published, None, "no date found")
        elif pub.date == g.published and not pub.is_estimate:
            section.add(key, "ok", g.published, pub.date)
        else:
            why = "marked as an estimate" if pub.date == g.published else "different date"
            section.add(key, "wrong", g.published, pub.date, why)
        return
    lo, hi = g.published_estimate or (None, None)
    if pub.date is None:
        section.add(key, "miss", f"estimate in {lo}..{hi}", None, "no estimate")
    elif not pub.is_estimate:
        section.add(key, "wrong", f"estimate in {lo}..{hi}", pub.date, "stated as certain; the text gives no date")
    elif lo is None or lo <= pub.date <= hi:
        section.add(key, "ok", f"estimate in {lo}..{hi}", pub.date)
    else:
        section.add(key, "wrong", f"estimate in {lo}..{hi}", pub.date, "estimate outside the window")
