"""The words by which a text calls an earlier telling the first one: "first reported", "initially said", « initialement ».

Two rules read them: fusion drops a toll its own sentence calls the first one ("first reports said seven",
``sitrep.fuse.revisions.FIRST_TOLL``), and a follow-up that moves an incident away from the place "first reported"
marks its report corrected (``corrected_away``).  Each builds on the words here and names
what it adds, so that a word added here reaches both and a difference between them is written down, not two copies
drifting apart.  Alternations to put inside ``(?:…)``.
"""

from __future__ import annotations

# the adverbs of a first telling before its verb ("first reported", "initially said")
FIRST_ADVERBS_EN = r"first|initially"
# the verbs of telling after them
TOLD_VERBS_EN = r"reported|said"
# « comme annoncé initialement », « initialement d'une vingtaine de morts »
FIRST_ADVERBS_FR = r"initialement"
