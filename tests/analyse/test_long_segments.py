"""Very long paragraphs are parsed in pieces: spaCy refuses texts over its max_length."""

from __future__ import annotations

from sitrep.analyse import MAX_PIECE_CHARS, _pieces
from sitrep.model import Document, Segment


def test_pieces_cover_the_segment_at_sentence_ends():
    text = "Fighters attacked the town. " * 3000  # 84,000 characters on one line
    pieces = _pieces(text, 0, len(text))
    assert len(pieces) > 1
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))  # contiguous, nothing lost
    assert all(end - start <= MAX_PIECE_CHARS for start, end in pieces)
    assert all(text[end - 2 : end] == ". " for _, end in pieces[:-1])  # cut after a sentence


def test_unbroken_run_is_still_cut():
    text = "x" * (MAX_PIECE_CHARS * 2 + 5)
    pieces = _pieces(text, 0, len(text))
    assert [end - start for start, end in pieces] == [MAX_PIECE_CHARS, MAX_PIECE_CHARS, 5]


def test_long_line_is_analysed_in_pieces(analyzer, monkeypatch):
    # the 1 MB line (over spaCy's max_length) runs in the long fuzz suite (SITREP_LONG=1,
    # tests/reliability); here the piece size is made small so the same path runs in seconds
    import sitrep.analyse

    monkeypatch.setattr(sitrep.analyse, "MAX_PIECE_CHARS", 400)
    sentence = "Militants killed 3 soldiers in Kidal on Tuesday. "
    text = sentence * 40
    doc = Document(doc_id="longline", source="test", text=text, segments=[Segment(char_start=0, char_end=len(text))])
    analysis = analyzer.analyse(doc)
    assert analysis.doc_id == "longline"
    assert all(0 <= p.span.char_start < p.span.char_end <= len(text) for p in analysis.places)
    kidal = [p for p in analysis.places if text[p.span.char_start : p.span.char_end] == "Kidal"]
    assert len(kidal) == 40  # every piece analysed, offsets mapped back to the document
