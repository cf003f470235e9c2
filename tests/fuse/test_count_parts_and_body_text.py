"""Counts read for disputes: every item of a share's list is a part (« dont cinq femmes et quatre enfants »), and the
text read is the kept body, a teaser cut by ingest (« Lire aussi : … deux civils tués … ») blanked in place."""

from __future__ import annotations

from sitrep.fuse.body_text import bodies, body_only
from sitrep.fuse.counts import figures_in


def test_every_item_of_a_share_is_a_part_of_the_count():
    text = "Onze civils, dont cinq femmes et quatre enfants, ont été tués."
    assert [(f.cls, f.value) for f in figures_in(text, "d:0", ("killed",))] == [("killed", 11)]
    text = "Une vingtaine de civils, dont cinq femmes et quatre enfants, ont perdu la vie."
    assert not figures_in(text, "d:0", ("killed",))  # (the round « vingtaine » is no figure here; the parts none either)
    text = "Eleven civilians, including two women and three children, were killed."
    assert [(f.cls, f.value) for f in figures_in(text, "d:0", ("killed",))] == [("killed", 11)]


def test_a_count_after_the_share_closes_is_its_own():
    text = "Onze civils, dont trois femmes, ont été tués et quatre soldats ont été blessés."
    assert sorted((f.cls, f.value) for f in figures_in(text, "d:0", ("killed", "wounded"))) == [("killed", 11), ("wounded", 4)]


def test_the_body_keeps_offsets_and_line_breaks_and_blanks_what_was_cut():
    text = "Titre\n\nDix morts à X.\n\nLire aussi : deux civils tués à Y\n\nSuite du récit."
    kept = [[text.index("Dix"), text.index("X.") + 2], [text.index("Suite"), len(text)]]
    body = body_only(text, kept)
    assert len(body) == len(text) and body.count("\n") == text.count("\n")
    assert "deux civils" not in body and "Titre" not in body and "Dix morts à X." in body and "Suite du récit." in body
    assert body_only(text, None) == text  # no segments known: the text as stored


def test_bodies_reads_the_stored_segments_json():
    text = "Lire aussi : trois morts\n\nCinq morts à Z."
    rows = bodies({"d": {"text": text, "segments": f"[[{text.index('Cinq')}, {len(text)}]]"}}, ["d", "missing"])
    assert "trois" not in rows["d"]["text"] and "Cinq morts" in rows["d"]["text"] and rows["missing"] == {}
