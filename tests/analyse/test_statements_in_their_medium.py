"""Statements the parser hangs away from their reporting verb: on the medium they were said in ("The Malian army
said in a statement that six soldiers were killed"), on the time ("said at the time that it had killed 20
terrorists"), or behind a lead chained to its dateline ("BAMAKO, Mali (AP) — ..., Human Rights Watch said on
Wednesday"); and a name read whole before its "-based" ("The New York-based rights group" is no Malian village)."""

from __future__ import annotations

import pytest

HEAD = "Army gives toll of Boni ambush\n\n"


@pytest.mark.parametrize("body, speaker", [
    ("BAMAKO, Nov 27 (Reuters) - The Malian army said in a statement that six soldiers were killed and 11 terrorists "
     "neutralized in the ambush near Boni on Sunday.", "malian-armed-forces"),
    ("Soldiers killed 41 civilians in Dioura on Nov. 4, residents said.\n\nMali's army said at the time that it had "
     "killed 20 terrorists in an operation in the area.", "malian-armed-forces"),
    ("BAMAKO, Mali (AP) — Malian soldiers and Russian fighters executed at least 41 civilians in a central village in "
     "November, Human Rights Watch said in a report released Wednesday, nearly doubling the toll.", "human-rights-watch"),
])
def test_the_statement_is_its_speakers(default_analyzer, ingested_text, body, speaker):
    claims = default_analyzer.analyse(ingested_text(HEAD + body + "\n")).claims
    assert speaker in {c.speaker for c in claims}, [(c.speaker, c.content) for c in claims]


def test_a_name_before_based_is_read_whole(default_analyzer, ingested_text):
    text = (HEAD + "BAMAKO, Mali (AP) — Soldiers killed 41 civilians in Dioura on Nov. 4, residents said.\n\n"
            "The New York-based rights group said the men were rounded up at the market and shot.\n")
    places = default_analyzer.analyse(ingested_text(text)).places
    assert not any(p.country == "ML" and p.surface == "New" for p in places), [(p.surface, p.name) for p in places]
