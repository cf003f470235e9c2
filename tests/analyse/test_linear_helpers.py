"""The helpers that keep analysis linear in document size give the same answers as the plain scans
they replaced (issue #8: a 1 MB single-line article took over ten minutes)."""

from __future__ import annotations

import random
import re

import pytest

from sitrep.analyse.context import Ranges
from sitrep.analyse.events.classifier import _compile_cue, _top_level_alternation, load_cues


def _brute(ranges, s, e):
    return any(s < be and bs < e for bs, be in ranges)


def test_ranges_overlap_matches_a_scan():
    rng = random.Random(5)
    for _ in range(300):
        ranges = [(a, a + rng.randrange(0, 12)) for a in (rng.randrange(0, 200) for _ in range(rng.randrange(0, 30)))]
        index = Ranges(ranges)
        assert len(index) == len(ranges)
        for _ in range(40):
            s = rng.randrange(-5, 210)
            e = s + rng.randrange(0, 15)
            assert index.overlaps(s, e) == _brute(ranges, s, e), (ranges, s, e)


def test_empty_ranges_overlap_nothing():
    assert not Ranges([]).overlaps(0, 10)
    assert Ranges([(5, 5)]).overlaps(0, 10) == _brute([(5, 5)], 0, 10)  # empty ranges as the scan saw them
    assert Ranges([(5, 6)]).overlaps(0, 10)
    assert not Ranges([(5, 6)]).overlaps(6, 10)  # touching is not overlapping


def test_top_level_alternation():
    assert _top_level_alternation(r"a|b")
    assert _top_level_alternation(r"(?=.*a)|b")
    assert not _top_level_alternation(r"(?=.*\b(?:a|b))(?=.*c)")
    assert not _top_level_alternation(r"(?=.*[|)])(?=.*b)")  # "|" and ")" inside a class
    assert not _top_level_alternation(r"(?=.*\|)(?=.*\))")  # escaped
    assert _top_level_alternation(r"[]]|a")  # "]" first in a class is a literal


@pytest.mark.parametrize("language", ["en", "fr"])
def test_anchored_lookahead_cues_find_the_same_sentences(language):
    """Lookahead-only cues are anchored at line starts; on any text they match exactly when the
    unanchored pattern does (and only lookahead cues are rewritten)."""
    cues = [c for c in load_cues(language) if c.pattern.pattern.startswith("^(?:(?=.*")]
    assert cues, "the cue files have conjunctive (lookahead) cues"
    words = ("protest protesters march marche dispersed police arrested tear gas weapons intercepted "
             "manifestation dispersée blessés incendié killed shot the a of\n").split(" ")
    rng = random.Random(11)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randrange(0, 25))) for _ in range(400)]
    texts += ["Police fired tear gas to disperse protesters.", "Protesters marched.\nPolice dispersed them."]
    for cue in cues:
        original = re.compile(cue.pattern.pattern[len("^(?:"):-1], re.IGNORECASE)
        for text in texts:
            assert bool(cue.pattern.search(text)) == bool(original.search(text)), (cue.label, text)


def test_plain_cues_are_not_rewritten():
    assert _compile_cue(r"\bclash(?:ed|es)?\b").pattern == r"\bclash(?:ed|es)?\b"
    assert _compile_cue(r"(?=.*a)(?=.*b)|\bc\b").pattern == r"(?=.*a)(?=.*b)|\bc\b"


def test_paragraph_text_is_the_parsed_text(analyzer):
    from sitrep.analyse.context import Paragraph

    nlp = analyzer.nlp("en")
    text = "Gunmen attacked  Kidal\u200b on Monday.\tFAMa said—later—that 12 died. "
    doc = nlp(text)
    assert Paragraph(offset=3, doc=doc).text == text == doc.text
    assert Paragraph(offset=3, doc=doc, source=text).text == text


def test_headline_memo_per_sentence(analyzer):
    from sitrep.analyse.actors import _title_case_line, is_headline

    doc = analyzer.nlp("en")("Rebels Seize Northern Desert Town After Fierce Fighting. The army said it would respond.")
    for sent in doc.sents:
        assert is_headline(sent) == _title_case_line(sent)
        assert is_headline(sent) == _title_case_line(sent)  # from the memo
    assert [is_headline(s) for s in doc.sents] == [True, False]


def test_sentence_index_matches_within(analyzer):
    """The per-sentence mention index gives what ``within`` gives, for whole sentences and for
    ranges inside them (and falls back to ``within`` outside)."""
    from sitrep.analyse import actors, dates, places
    from sitrep.analyse.context import Context, Paragraph
    from sitrep.analyse.events.args import sentences, within
    from sitrep.analyse.events.mentions import within_sentence as _within_sentence
    from sitrep.model import Document, Published, Segment
    import datetime as dt

    text = ("Gunmen attacked Kidal on Monday, killing 12 civilians, officials in Gao said. The army "
            "said FAMa troops repelled the attack near Tessalit on 3 March 2024.\n\n"
            "Separatists of the CSP-DPA said they had taken control of Ber. On Tuesday the junta "
            "denied it.Fighting resumed in Timbuktu and Menaka last week.")
    segs, pos = [], 0
    for part in text.split("\n\n"):
        segs.append(Segment(char_start=pos, char_end=pos + len(part)))
        pos += len(part) + 2
    doc = Document(doc_id="idx", source="t", text=text, segments=segs, language="en",
                   published=Published(date=dt.date(2024, 3, 5)))
    nlp = analyzer.nlp("en")
    paras = [Paragraph(offset=s.char_start, doc=d) for s, d in
             zip(segs, nlp.pipe([text[s.char_start:s.char_end] for s in segs]))]
    ctx = Context(document=doc, language="en", paragraphs=paras, knowledge=analyzer.knowledge,
                  anchor=dates.anchor_interval(doc))
    ctx.actors, ctx.persons, ctx.new_orgs = actors.find_actors(ctx)
    ctx.places = places.find_places(ctx)
    ctx.dates = dates.find_dates(ctx)
    assert ctx.places and ctx.dates and ctx.actors
    for s in sentences(ctx):
        for kind in ("actors", "places", "dates"):
            mentions = getattr(ctx, kind)
            assert _within_sentence(ctx, kind, s) == within(mentions, s.start, s.end)
            mid = (s.start + s.end) // 2
            assert _within_sentence(ctx, kind, s, s.start, mid) == within(mentions, s.start, mid)
            assert _within_sentence(ctx, kind, s, mid, s.end) == within(mentions, mid, s.end)
            assert _within_sentence(ctx, kind, s, 0, len(text)) == within(mentions, 0, len(text))
