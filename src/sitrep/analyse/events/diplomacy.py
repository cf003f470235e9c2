"""Violence told as the matter of a diplomatic act: ministers who meet "to discuss the ambush that killed 28
soldiers", sanctions "over the killings", an ambassador summoned "after a drone strike".

The act between states (a meeting, talks, sanctions, a summons, an expulsion) is the sentence's news; the
violence it names was told elsewhere.  The signal is the parse: the trigger hangs on such a verb or noun
through the words that make it that act's object (an object, a preposition's object, a relative clause on
either), not across a clause of its own ("France condemned the attack; gunmen had killed 17 civilians" keeps its
killing).  Condemnations, condolences and mourning are ``event_frames``'s; a claim of responsibility is not
diplomacy and is left alone.
"""

from __future__ import annotations

# acts between governments and bodies whose object is an event told before
DIPLOMATIC_VERBS = frozenset(
    "discuss sanction summon expel negotiate débattre discuter sanctionner convoquer expulser".split())
DIPLOMATIC_NOUNS = frozenset(
    "talks sanctions summit summits resolution resolutions démarche pourparlers sommet résolution".split())
# the links by which a trigger is the matter of the word above it (not a clause with its own news)
_MATTER_LINKS = frozenset(("dobj", "obj", "pobj", "prep", "relcl", "acl", "compound", "amod", "nmod", "xcomp",
                           "nsubjpass"))
_MAX_DEPTH = 6


def under_diplomacy(tok) -> bool:
    """Whether the trigger ``tok`` is the matter of a diplomatic act: walking up the parse only through the links
    that make a word another's object, it meets a verb of ``DIPLOMATIC_VERBS`` (or one whose object is a noun of
    ``DIPLOMATIC_NOUNS``) or such a noun."""
    node = tok  # (itself first: with no violent word the trigger is the clause's verb, "held talks on …")
    for _ in range(_MAX_DEPTH):
        if _diplomatic(node):
            return True
        if node.dep_ not in _MATTER_LINKS or node.head is node:
            return False
        node = node.head
    return False


def _diplomatic(node) -> bool:
    lemma, lower = node.lemma_.lower(), node.lower_
    if node.pos_ in ("VERB", "AUX"):  # (or a verb whose object is such a noun: "imposed sanctions over …")
        return lemma in DIPLOMATIC_VERBS or any(c.dep_ in ("dobj", "obj") and c.lower_ in DIPLOMATIC_NOUNS
                                               for c in node.children)
    return node.pos_ in ("NOUN", "PROPN") and (lower in DIPLOMATIC_NOUNS or lemma in DIPLOMATIC_NOUNS)
