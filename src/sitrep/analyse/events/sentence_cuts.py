"""Where the parser's sentence cuts do not stand: a clause cut in two (a toll cut from its deed, a date split after its
day, a bracket of units the parser lost its way in) and a cut inside an actor's name.  ``args.sentences`` joins the
pieces again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.knowledge.months import month_number

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan


def cut_inside_a_name(names: list[tuple[int, int]], cut: int) -> bool:
    """Whether the parser cut a sentence inside an actor's name (« des miliciens de Dan | Na | Ambassagou ont
    exécuté … »: the French model reads the unknown words of a name as sentences of their own): a name is never
    split, whatever the punctuation around it."""
    return any(start < cut < end for start, end in names)


# what may close a sentence: after one of these (or a line break) the parser's cut stands
_CLOSERS = frozenset(".!?…;:")
# what can only continue the clause before it
_CONTINUERS = frozenset(",)].;:!?…")


def cut_mid_clause(before: "SpacySpan", after: "SpacySpan") -> bool:
    """Whether the parser cut a clause in two: the text before ends on no full stop or line break and the text
    after opens on a lowercase word or a comma ("attacked a hamlet | près de San (San, San) | , | faisant une
    dizaine de morts": a toll cut from its deed), or the text before ends on a comma or an open bracket, or on
    a lowercase word with no verb on one side ("soldiers killed | 3 militants near | Boni (Haire commune,
    Douentza cercle)": the parser lost its way in a bracket of units, and a verbless piece after a word no
    sentence ends on is no sentence of its own; a dateline or a header ends on a capital, a bracket or a dash)."""
    last, first = before[-1], after[0]
    if "\n" in last.whitespace_ or "\n" in last.text or any(c in _CLOSERS for c in last.text):
        return False
    if last.text in ("(", "[", ",") or first.text in _CONTINUERS:
        return True
    if last.text in ("-", "‑") and not last.whitespace_:
        return True  # « Nusrat al-| Islam wal-| Muslimin »: a hyphen joined to the next word never ends a sentence
    if _inside_a_date(last.text, first.text):
        return True  # "the target on Tuesday 2 | May 2028 of a terrorist attack": a date is never a sentence's end
    if last.text[:1].isalpha() and last.text[:1].islower() and not (_has_verb(before) and _has_verb(after)):
        return True  # a cut after a word no sentence ends on, with a verbless piece on one side
    if last.text[:1].isupper() and _has_verb(before) and not _has_verb(after):
        return True  # a cut inside a name (« … de terroristes de Boko | Haram sur une île du lac Tchad, … »): no verb after
    return first.text[:1].isalpha() and first.text[:1].islower()


def _inside_a_date(last: str, first: str) -> bool:
    """A day's number and its month's name on either side of the cut ("2 | May", "May | 2"), or a month and its year."""
    if month_number(first) is not None and first != "may":  # "may" is the verb
        return last.isdigit() and 1 <= int(last) <= 31
    return month_number(last) is not None and first.isdigit() and len(first) in (1, 2, 4)


def _has_verb(span: "SpacySpan") -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in span)
