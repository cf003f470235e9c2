"""Violence told inside a statement of who was responsible for it (a denial, a blame), which the sentence's main
clause makes: the sentence tells an attribution, not the event."""

from __future__ import annotations


# verbs that put an event into someone's account of who did it ("denied that its forces shelled",
# "blamed the group for the blast"); "claimed" only with "responsibility" or "credit": "the army
# claimed to have killed 12 militants" is the army's report of its own operation
ATTRIBUTION_LEMMAS = frozenset(("deny", "blame", "accuse", "attribute", "reject", "dismiss"))


def attributed(tok) -> bool:
    """Whether the trigger ``tok`` sits inside a statement of who was responsible, which the
    sentence's main clause makes ("X denied that its forces had shelled the market", "police
    blamed the separatists for the bomb blast", "it was not responsible for the explosion"):
    the sentence tells an attribution, not the event."""
    if tok is None:
        return False
    for anc in tok.ancestors:
        lemma = anc.lemma_.lower()
        if lemma in ATTRIBUTION_LEMMAS or (lemma == "responsible" and anc.dep_ == "acomp") or (
                lemma == "claim" and any(c.lower_ in ("responsibility", "credit") for c in anc.children)):
            return True
    return False
