"""An invitation to comment at a page's foot (« Réagissez à cet article sur X », "Leave a comment below") is page
furniture, kept out of the cleaned text; a sentence of the story that begins with a like word stays."""

from __future__ import annotations

import pytest

from sitrep.ingest import read_inputs

STORY = ("Des hommes armés ont attaqué dimanche le marché du village, tuant au moins six personnes, selon des sources "
         "locales.\n\nAucune revendication n'a été publiée.\n")


def _read(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return next(iter(read_inputs([str(path)])))


@pytest.mark.parametrize("line", [
    "Réagissez à cet article sur notre site.",
    "Commentez cet article.",
    "Leave a comment below.",
])
def test_an_invitation_to_comment_is_no_text(tmp_path, line):
    doc = _read(tmp_path, f"Mali : six morts dans l'attaque d'un marché\n\n{STORY}\n{line}\n")
    assert line not in doc.clean_text and "tuant au moins six personnes" in doc.clean_text


def test_a_story_sentence_that_begins_alike_stays(tmp_path):
    line = "Commentez-vous les accusations de l'armée ? a demandé un journaliste au ministre, qui a refusé de répondre."
    doc = _read(tmp_path, f"Mali : six morts dans l'attaque d'un marché\n\n{STORY}\n{line}\n\nLe ministre a quitté la salle.\n")
    assert "refusé de répondre" in doc.clean_text
