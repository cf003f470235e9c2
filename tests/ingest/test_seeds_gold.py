"""The documents section of the gold file holds on the seed articles (when ../shared exists),
plus the same kinds of expectations on the project's own fixture articles (always)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from sitrep.ingest import read_inputs
from sitrep.model import Document


def _fold(s: str | None) -> str | None:
    return None if s is None else " ".join(s.replace("’", "'").lower().split())


def _docs(path) -> dict[str, Document]:
    out = {}
    for item in read_inputs([str(path)]):
        assert isinstance(item, Document), item
        out[item.source.rsplit("/", 1)[-1]] = item
    return out


@pytest.fixture(scope="module")
def gold(shared_dir):
    if shared_dir is None or not (shared_dir / "gold" / "seeds.yaml").exists():
        pytest.skip("../shared/gold not present; own fixtures cover the same checks")
    return yaml.safe_load((shared_dir / "gold" / "seeds.yaml").read_text("utf-8"))["documents"]


@pytest.fixture(scope="module")
def seed_docs(shared_dir, examples_dir):
    seeds = shared_dir / "seeds" if shared_dir is not None and (shared_dir / "seeds").is_dir() else examples_dir
    return _docs(seeds)


def test_seed_documents_match_gold(gold, seed_docs):
    failures = _gold_failures(gold, seed_docs)
    assert not failures, "\n".join(failures)


def test_project_articles_match_their_gold():
    """The project's own annotated articles (tests/data, written by the eval owner) — unseen by the
    ingest rules' author when they were written, so a check of generality."""
    root = Path(__file__).resolve().parents[1] / "data"
    gold_file = root / "gold" / "articles.yaml"
    if not gold_file.exists():
        pytest.skip("tests/data/gold/articles.yaml not present")
    gold = yaml.safe_load(gold_file.read_text("utf-8"))["documents"]
    failures = _gold_failures(gold, _docs(root / "articles"))
    assert not failures, "\n".join(failures)


def _gold_failures(gold, docs) -> list[str]:
    failures = []
    for g in gold:
        d = docs[g["file"]]
        checks = {
            "title": (_fold(d.title), _fold(g.get("title"))),
            "outlet": (_fold(d.outlet), _fold(g.get("outlet"))),
            "wire": (_fold(d.wire), _fold(g.get("wire"))),
            "url": (d.url, g.get("url")),
            "is_estimate": (d.published.is_estimate, g.get("published_is_estimate", False)),
        }
        if g.get("published"):
            checks["published"] = (d.published.date, g["published"])
        for name, (got, want) in checks.items():
            if got != want:
                failures.append(f"{g['file']} {name}: got {got!r}, want {want!r}")
        rng = g.get("published_estimate")
        if rng:
            p = d.published
            if not (p.date and rng["earliest"] <= p.date <= rng["latest"]):
                failures.append(f"{g['file']} estimate {p.date} outside {rng}")
            if not (p.earliest and p.latest and p.earliest <= p.date <= p.latest and p.evidence):
                failures.append(f"{g['file']} estimate lacks a range or evidence: {p}")
            if d.field_sources["published"].source != "estimate":
                failures.append(f"{g['file']} estimate not marked as such in field_sources")
        for line in g.get("boilerplate", []):
            if line in d.clean_text:
                failures.append(f"{g['file']} boilerplate kept: {line!r}")
    return failures


def test_seed_body_is_kept(seed_docs):
    """Cleaning must not eat the article: the quoted statements and key facts stay in the body."""
    bodies = "\n".join(d.clean_text for d in seed_docs.values())
    for phrase in ("Our objective is for Russia to withdraw permanently", "ambushed a convoy of Malian and Wagner troops",
                   "launched a “pullback” operation", "On November 14, the Armed Forces of Mali", "Details. On April 25"):
        assert phrase in bodies
    for d in seed_docs.values():
        assert len(d.clean_text) > 0.6 * len(d.text.strip()) - 600


# ---------------------------------------------------------------------------------------------
# the project's own fixtures (always run)

OWN = {
    # nothing but the byline names a publisher: the agency published its own story
    "wire_dated.txt": dict(title="Niger Junta Says Army Repelled Attack Near Tillaberi", outlet="Reuters", wire="Reuters",
                           published=dt.date(2025, 3, 3),
                           boilerplate=["By Reuters", "Related article:", "Related Stories", "Gold Prices Climb",
                                        "No stories found.", "Soldiers patrol a road", "March 3, 2025"]),
    "wire_copy.md": dict(title="Army Says It Repelled Tillaberi Attack, Dozens of Fighters Killed", outlet="Sahel Daily Monitor",
                         wire=None, boilerplate=["Join us on Telegram", "saheldailymonitor.net", "4 min read", "Sahel Daily Monitor"]),
    "undated.txt": dict(title="Fighting flares again around Menaka as militants tighten blockade", outlet="Sahel Watch", wire=None,
                        estimate=(dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
                        boilerplate=["Follow our war coverage", "Humanitarian access"]),
    "page.html": dict(title="Burkina Faso army convoy ambushed near Djibo", outlet="Sahel Tribune", wire="AFP",
                      published=dt.date(2024, 9, 12), url="https://www.saheltribune.example/2024/09/12/djibo-convoy-ambush",
                      boilerplate=["SECRET_TRACKING_CODE", "inline script", "injected", "You may also like", "Football league",
                                   "Copyright", "Politics"]),
}


@pytest.fixture(scope="module")
def own_docs(ingest_fixtures):
    return {k: v for k, v in _docs_allow_errors(ingest_fixtures / "corpus").items()}


def _docs_allow_errors(path):
    return {i.source.rsplit("/", 1)[-1]: i for i in read_inputs([str(path)]) if isinstance(i, Document)}


@pytest.mark.parametrize("name", sorted(OWN))
def test_own_fixture_metadata_and_cleaning(own_docs, name):
    want = OWN[name]
    d = own_docs[name]
    assert _fold(d.title) == _fold(want["title"])
    assert _fold(d.outlet) == _fold(want["outlet"])
    assert d.wire == want["wire"]
    if "published" in want:
        assert d.published.date == want["published"] and not d.published.is_estimate
    if "url" in want:
        assert d.url == want["url"]
    if "estimate" in want:
        lo, hi = want["estimate"]
        assert d.published.is_estimate and lo <= d.published.date <= hi
        assert d.published.earliest <= d.published.date <= d.published.latest
    for line in want["boilerplate"]:
        assert line not in d.clean_text, line
    assert d.language == "en"
    # every segment is a range of the verbatim text and every field says where it came from
    for s in d.segments:
        assert 0 <= s.char_start < s.char_end <= len(d.text)
    for field in ("title", "language"):
        assert field in d.field_sources
    for fs in d.field_sources.values():
        if fs.span is not None:
            assert fs.span.doc_id == d.doc_id and fs.span.char_end <= len(d.text)


def test_title_is_metadata_not_body(own_docs):
    d = own_docs["wire_dated.txt"]
    assert d.title not in d.clean_text
    assert re.search(r"repelled an attack by Islamist fighters", d.clean_text)


def test_short_lede_sentence_is_body_but_deck_is_not():
    from sitrep.ingest.build import build_document

    text = ("Clashes erupt near Gao\nA deck line without a full stop\nGunmen killed five people in Gao.\n"
            "The attack took place on Monday evening near the market, according to two residents and a local official.\n")
    doc = build_document(text, source="t")
    assert doc.title == "Clashes erupt near Gao"
    assert "Gunmen killed five people in Gao." in doc.clean_text
    assert "deck line" not in doc.clean_text and "Clashes erupt" not in doc.clean_text


def test_hard_wrapped_prose_is_rejoined_not_mistaken_for_headlines():
    from sitrep.ingest.build import build_document

    text = ("Fighters loyal to the coalition attacked an army camp near the town of\n"
            "Léré on Sunday, residents said, and the fighting spread to the villages on\n"
            "the road to Niono before the army sent reinforcements from the\n"
            "Segou region.\n\n"
            "The army said it had repelled the attack and that the situation was under control in the area.\n")
    doc = build_document(text, source="t")
    assert doc.title is None
    assert len(doc.segments) == 2
    assert doc.clean_text.startswith("Fighters loyal") and "Segou region." in doc.clean_text


def test_wire_credits_at_the_end_and_french_promo_lines():
    from sitrep.ingest.build import build_document

    body = ("Gunmen attacked a checkpoint near Mopti on Tuesday, killing three gendarmes, the army said in a statement.\n"
            "Residents said the attackers fled on motorbikes towards the border with Burkina Faso after the raid.\n")
    doc = build_document(body + "(Reporting by Tiemoko Diallo; Editing by Alex Richardson)\n", source="t")
    assert doc.wire == "Reuters" and "Reporting by" not in doc.clean_text
    doc = build_document(body + "— AFP\n", source="t")
    assert doc.wire == "AFP" and "AFP" not in doc.clean_text
    doc = build_document(body + "À lire aussi : Au Mali, la junte prolonge la transition\n", source="t")
    assert "lire aussi" not in doc.clean_text.lower()


def test_a_one_line_snippet_is_body_not_a_headline():
    from sitrep.ingest.build import build_document

    snippet = "Gunmen on motorbikes killed 9 villagers near Bankass in central Mali, a local official said on Sunday"
    doc = build_document(snippet, source="t")
    assert doc.clean_text == snippet and doc.title is None
