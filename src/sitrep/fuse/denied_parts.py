"""A denial that disputes nothing: a party no report names denying any part in the deed.

« Le porte-parole du FLA a démenti toute implication de son mouvement », "the group denied any involvement": the
reports left the ambush to unnamed assailants, nobody said the group did it, so its denial of a part it was not given
is no second version of the incident (``sitrep.fuse.disputes.denial_disputes`` leaves it out).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitrep.model import Claim

# a denial of one's own part in the deed (« a démenti toute implication de son mouvement », "denied any involvement",
# « nos combattants n'étaient pas présents »), not of the deed
_OWN_PART_DENIED = re.compile(r"\b(?:implication|impliquée?s?|involve(?:d|ment)|responsabilit[ée]|responsibility|"
                              r"(?:pas|jamais)\s+(?:été\s+)?présents?|not\s+present)\b", re.IGNORECASE)


def denies_a_part_not_given(claim: Claim, parties: set[str], same: Callable[[str, str], bool]) -> bool:
    """A speaker no report makes a party denies having had a part in the deed (the FLA denying any involvement in an
    ambush the reports leave to unnamed assailants): nobody said it did, so nothing is in dispute."""
    return not any(claim.speaker == p or same(claim.speaker, p) for p in parties) \
        and _OWN_PART_DENIED.search(claim.content or "") is not None
