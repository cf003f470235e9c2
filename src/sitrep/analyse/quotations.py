"""Quotations and incises: where a sentence's quotation marks lie, and where the speaker stands around
a reporting verb that follows its statement ("…," said the spokesman; « … », a annoncé lundi l'état-major).

The attribution stage (``sitrep.analyse.attribution``) reads the speaker and the statement with these;
they look at words and marks only, because the parser is often wrong around a closing quote.
"""

from __future__ import annotations

import re

from sitrep.analyse.events.args import Sentence
from sitrep.analyse.lang.fr import WEEKDAYS as FR_WEEKDAYS

QUOTE_OPEN = "\"“«‘"
QUOTE_CLOSE = "\"”»’"


def quoted_words(text: str) -> tuple[str, bool]:
    """The quoted words of a sentence (all quoted pieces joined), and whether there were any."""
    pieces = re.findall(r"[\"“«]([^\"“”«»]{3,})[\"”»]", text)
    return (" … ".join(p.strip() for p in pieces), True) if pieces else ("", False)


def _quote_marks(text: str) -> list[tuple[int, bool]]:
    """(offset, is_opening) of the quotation marks of a text; a straight '"' opens when it starts the
    text or follows a space or bracket, and closes otherwise (after a word or punctuation)."""
    out = []
    for m in re.finditer(r"[\"“«”»]", text):
        q = m.group(0)
        opening = q in "“«" or (q == '"' and (m.start() == 0 or text[m.start() - 1] in " \t\n([—-"))
        out.append((m.start(), opening))
    return out


def inside_quotes(s: Sentence, tok) -> bool:
    """Whether a token lies inside a quotation of its sentence ("« Il n'y avait que des civils »,
    a affirmé un élu": "civils" is quoted, not the one who speaks)."""
    base = s.sent.start_char
    # the paragraph's cached text: ``doc.text`` rebuilds it from every token on each call
    marks = _quote_marks(s.para.text[base : s.sent.end_char])
    at = tok.idx - base
    before = [opening for off, opening in marks if off < at]
    if before:
        return before[-1]  # the last mark before it opened a quote that is still open
    # the opening mark split off into the previous sentence: a closing mark comes first after it
    after = [opening for off, opening in marks if off > at]
    return bool(after) and not after[0]


def inverted_subject(verb):
    """« … », a affirmé un élu local / "…," said the spokesman: after a closing quote the speaker
    follows the verb, and a parser may label it the object."""
    prev = [t for t in verb.doc[max(verb.sent.start, verb.i - 4) : verb.i] if not t.is_space]
    if not any(t.text in QUOTE_CLOSE or t.text == "," for t in prev):
        return None
    return next((c for c in verb.children if c.i > verb.i and c.dep_ in ("nsubj", "obj", "dobj")
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def incise_subject(verb):
    """« Les FAMa ont neutralisé … , a annoncé lundi l'état-major »: a reporting verb right after the
    comma that closes its statement, its speaker after it; the small French model labels the speaker
    the verb's object (and may hang the verb on the statement as a modifier).  The comma's index and
    the speaker token, or None."""
    # (after a closing quote the comma is read across the model's sentence break, as ``verb_after_quote`` does)
    start = 0 if verb_after_quote(verb) else verb.sent.start
    prev = [t for t in verb.doc[max(start, verb.i - 3) : verb.i] if not t.is_space and t.pos_ not in ("AUX", "PRON")]
    if not prev or prev[-1].text != "," or prev[-1].i <= start + 2:
        return None
    # the speaker is the first noun after the verb, past its day and the outlet it spoke to (« a annoncé lundi soir
    # l'état-major », « a déclaré à l'AFP son porte-parole, Mohamed X »); words decide: the parse is often wrong here
    addressee = False
    for tok in verb.doc[verb.i + 1 : verb.sent.end]:
        if tok.lower_ in _INCISE_DAY or tok.pos_ in ("DET", "ADV", "SPACE") or tok.lower_ in ("à", "au", "aux") and not addressee:
            addressee = addressee or tok.lower_ in ("à", "au", "aux")
            continue
        if addressee and tok.pos_ in ("NOUN", "PROPN"):
            addressee = False  # the outlet addressed; the speaker comes next
            continue
        if tok.pos_ == "NOUN" and verb.doc[tok.i + 1 : tok.i + 2].text == "," and verb.doc[tok.i + 2 : tok.i + 3].text:
            tok = verb.doc[tok.i + 2] if verb.doc[tok.i + 2].pos_ == "PROPN" else tok
        return (prev[-1].i, tok) if tok.pos_ in ("NOUN", "PROPN") else None
    return None


# the day a French incise gives between its verb and its speaker (« a indiqué dimanche soir l'armée »)
_INCISE_DAY = frozenset([*FR_WEEKDAYS, *"hier matin soir nuit après-midi".split()])


def incise_day(verb, tok) -> bool:
    """Whether ``tok``, after the reporting verb, is the day of an incise (« a annoncé hier soir le ministère »), which
    the small French model may label the verb's subject or complement: never the speaker nor the statement."""
    return tok is not None and tok.i > verb.i and tok.lower_ in _INCISE_DAY


def clause_complement(verb):
    """The clause a reporting verb governs (its "ccomp" or "xcomp"), or None; never the day of an incise, which the
    small French model may hang on the verb as one (« …, a annoncé hier soir le ministère » reads "soir" so)."""
    return next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and not incise_day(verb, c)), None)


def verb_after_quote(verb) -> bool:
    """A verb right after a closing quote and its comma reports the quote (« … », a lancé X; "…," shouted X).  Read
    across the model's sentence breaks: it may end a sentence at the closing quote (« … tués », indique le
    communiqué), leaving the verb a sentence of its own."""
    prev = [t for t in verb.doc[max(0, verb.i - 4) : verb.i] if not t.is_space and t.pos_ not in ("AUX", "PRON")]
    return len(prev) >= 2 and prev[-1].text == "," and prev[-2].text in QUOTE_CLOSE
