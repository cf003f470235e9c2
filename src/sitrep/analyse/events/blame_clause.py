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


# the preposition of a passive verb's agent (« attaqué par des combattants du GSIM », "attacked by gunmen")
_AGENT_MARKERS = frozenset(("par", "by"))


def claim_on_the_doer(s, cues: dict) -> bool:
    """Whether the claim of authorship in sentence ``s`` is a relative clause hung on the doer of its passive main
    verb (« Le camp a été attaqué … par des combattants du GSIM, qui a revendiqué l'opération », "The post was
    attacked by fighters of X, who claimed the raid"): the main clause tells the deed, the relative only whose it
    is, so the sentence is the deed's news and no mere claim."""
    from sitrep.analyse.events.syntax import clause_verb, cue_token, in_main_clause

    phrase = cues.get("ATTRIB")
    claim = cue_token(s, phrase) if phrase else None
    if claim is None or claim.dep_ not in ("relcl", "acl:relcl") or claim.head.pos_ not in ("NOUN", "PROPN"):
        return False
    doer = claim.head
    # (the doer's own preposition in French, the "by" it hangs from in English)
    marked = any(c.lower_ in _AGENT_MARKERS for c in doer.children) or doer.head.lower_ in _AGENT_MARKERS
    verb = clause_verb(doer)
    return marked and verb is not None and verb is not claim and in_main_clause(verb)
