"""A French denial told after what it denies, its speaker after the verb (« Des sources locales évoquent cinq soldats
tués, ce que dément l'armée, qui fait état de trois morts », « …, ce qu'a démenti le gouvernement », « ce que conteste
la junte »): the small French model reads « dément » as an adverb and hangs the inverted subject anywhere, so no verb
carries a speaker.  The words still tell who denies and what: the clause before the comma is the version denied, the
relative on the speaker (« qui fait état de … ») its own version."""

from __future__ import annotations

import re

from sitrep.analyse.claim_words import CommuniqueOpening

_DENYING = r"dément|démentent|démenti|nie|nient|nié|conteste|contestent|contesté|réfute|réfutent|réfuté|rejette|rejettent|rejeté"
_INVERTED_DENIAL = re.compile(
    rf",\s*ce\s+qu(?:e\s+|['’])(?:(?:a|ont|avait|avaient)\s+)?(?:formellement\s+|catégoriquement\s+)?(?P<verb>{_DENYING})\s+"
    r"(?:formellement\s+|catégoriquement\s+|fermement\s+)?(?P<subj>(?:l['’]|le\s|la\s|les\s)[^,;«»\"()]{2,80}?)(?=\s*[,.;]|\s+qui\b|\s*$)", re.IGNORECASE)


def inverted_denial(sentence: str) -> CommuniqueOpening | None:
    """The speaker's span, the verb and what is said (the version denied, then the speaker's own) of a sentence told so
    (see the module's doc), or None."""
    m = _INVERTED_DENIAL.search(sentence)
    if m is None:
        return None
    own = sentence[m.end("subj"):].strip(" ,.")
    own = re.sub(r"^qui\s+", "", own, flags=re.IGNORECASE)
    denied = sentence[:m.start()].strip(" ,.")
    return CommuniqueOpening((m.start("subj"), m.end("subj")), m.group("verb"), f"{own} (dément : {denied})" if own else denied)


def tells_own_version(sentence: str) -> bool:
    """The one who denies gives its own account after it (« ce que dément l'armée, qui fait état de trois morts »): a
    rival version of the incident (its toll, its outcome), not a denial that it happened."""
    m = _INVERTED_DENIAL.search(sentence)
    return m is not None and re.match(r"\s*,?\s*qui\s+\w", sentence[m.end("subj"):], re.IGNORECASE) is not None


def denies(verb: str) -> bool:
    """Whether a French verb of ``_DENYING`` says no (a communiqué's « dément » is among them)."""
    return re.fullmatch(_DENYING, verb, re.IGNORECASE) is not None
