"""A French speaker opening its sentence with an aside between commas before its verb of saying (« L'armée malienne,
de son côté, annonce deux militaires tués »): the small French model reads the verb as a noun or hangs the subject
on the aside, so no verb carries it; the words still tell who speaks and what."""

from __future__ import annotations

import re

# an adverb of contrast or addition may still sit between the auxiliary and its participle (« L'armée malienne, dans
# un communiqué lu à la télévision nationale, a de son côté fait état de quatre militaires tués »)
_BETWEEN_AUXILIARY_AND_PARTICIPLE = (r"(?:(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux)|"
                                     r"aussi|également|toutefois|cependant|pourtant|par\s+ailleurs|en\s+revanche)\s+)?")

# the speaker opening the sentence, an aside between commas before its verb of saying (« L'armée malienne, de son côté,
# annonce deux militaires tués », « L'armée, dans son communiqué, parle de deux militaires tombés », « Le JNIM (…),
# affilié à Al-Qaïda, a revendiqué … »): the small French model reads the verb as a noun or hangs the subject on the
# aside, so no verb carries it; the words still tell who speaks.  What is said must be a clause (« que … »), a
# counted toll (« deux militaires tués », « d'une dizaine de soldats ») or a claim of an attack, so that an act told
# by the narrator (« l'armée, de son côté, annonce une opération ») stays narration
_ASIDE_SAID = re.compile(
    r"^\s*(?P<subj>(?:l['’]|le |la |les )[^,;«»\"]{2,90}?)\s*,\s*[^,;«»\"]{3,80},\s*"
    r"(?:(?:a|ont)\s+" + _BETWEEN_AUXILIARY_AND_PARTICIPLE + r"(?P<past>revendiqué|affirmé|annoncé|reconnu|déclaré|indiqué|assuré|démenti|fait\s+état)|"
    r"(?P<verb>affirme|affirment|annonce|annoncent|reconnaît|reconnaissent|évoque|évoquent|parle|parlent|"
    r"déclare|déclarent|indique|indiquent|assure|assurent|dément|démentent|revendique|revendiquent|fait\s+état))\b"
    r"\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
_SAID_WHAT = re.compile(r"^(?:que\b|qu['’]|avoir\b|n['’]avoir\b|«|(?:de\s+|d['’])?(?:l['’]|la\s+|les\s+)?"
                        r"(?:\d+|(?:une?\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
                        r"seize|vingt|trente|quarante|cinquante|cent|dizaines?|douzaine|quinzaine|vingtaine|trentaine|"
                        r"quarantaine|cinquantaine|centaine|plusieurs|aucune?)\b)|(?:\w+\s+){0,2}l['’]attaque\b)",
                        re.IGNORECASE)


def said_past_an_aside(sentence: str) -> tuple[tuple[int, int], str, str] | None:
    """(the speaker's span, the verb, what is said) of a sentence told so (see the module's doc), or None."""
    m = _ASIDE_SAID.search(sentence)
    if m is None or not _SAID_WHAT.match(m.group("rest").lstrip()):
        return None
    return (m.start("subj"), m.end("subj")), m.group("past") or m.group("verb"), m.group("rest").strip(" ,.")
