"""An armed group's statement printed as the document ("Statement by Jama'at Nusrat al-Islam wal-Muslimin on …",
then its body in the first person) is that group's claim, sentence by sentence, like a state's communiqué
(``letterhead``); a story whose title only names a group's statement is no statement of the group."""

from __future__ import annotations

_GROUP_STATEMENT = """Statement by Jama'at Nusrat al-Islam wal-Muslimin on the Koro operation

Az-Zallaqa Foundation - Sunday 7 May 2028 (translated from Arabic)

Praise be to God. On Tuesday, the mujahideen of Jama'at Nusrat al-Islam wal-Muslimin carried out a raid on the militias of the junta in Koro. By the grace of God, 25 of them were killed, and the mujahideen seized weapons and motorbikes.

We say to the Muslims of the region that our operations target only those who carry arms for the junta.
"""

_STORY = """Mali: JNIM statement says group killed 25 militiamen in Koro

Bamako, 7 May 2028

Residents of Koro said on Sunday that at least nine civilians were killed in Tuesday's attack on the town's market, which the jihadist group claimed in a statement posted online.
"""


def test_a_groups_statement_printed_as_the_document_is_its_claim(default_analyzer, ingested_text):
    claims = default_analyzer.analyse(ingested_text(_GROUP_STATEMENT)).claims
    assert any(c.speaker == "jnim" and "25 of them were killed" in c.content for c in claims), \
        [(c.speaker, c.content) for c in claims]


def test_a_story_about_a_groups_statement_has_no_issuer(default_analyzer, ingested_text):
    claims = default_analyzer.analyse(ingested_text(_STORY)).claims
    assert not any(c.speaker == "jnim" and "nine civilians" in c.content for c in claims), \
        [(c.speaker, c.content) for c in claims]
