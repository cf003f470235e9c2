"""Where the text names an outlet — its own masthead in a sign-off ("Le Sahel s'incline…"), a credit
("(Sidwaya)"), the outlet the story was told to (« a appris Studio Tamani », "told Al Jazeera"), a
broadcaster a statement was read on (« sur les antennes de la Télé Sahel ») — so that analysis does not
read a publisher's name as a place ("Le Sahel" as the Sahel region, "Télé" as a village).

Marked, never removed: the spans point into ``Document.text`` and the sentence stays whole.  Names come
from the outlet base (names, short names, aliases), matched with their capitals.  The document's own
outlet and wire are marked wherever they are written; any other outlet of the base only where the text
credits or addresses it, or when its name cannot be an ordinary word group (two words or more that do not
open on an article: "Le Sahel" alone may be the region at a sentence's start).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitrep.ingest.outlets import base
from sitrep.knowledge.outlets import OutletBase
from sitrep.regex_codes import longest_first

# what puts a name in an outlet's place: a credit bracket, a reporting verb's addressee, a channel
CREDIT_BEFORE = re.compile(
    r"(?:\(\s*|\b(?:told|to|according\s+to|reported\s+by|on|selon|a\s+appris|ont\s+appris|a\s+déclaré\s+à|a\s+confié\s+à"
    r"|a\s+indiqué\s+à|sur\s+les\s+antennes\s+de|sur|à|au|par)\s+(?:the\s+|la\s+|le\s+|l['’])?)$", re.I)
# the kind of outlet named before the name (« son agence Amaq », « le quotidien Sidwaya ») or after it ("its Amaq news
# agency"): a publisher, even a party's own (an armed group's agency is where its claim was read, not a place)
KIND_BEFORE = re.compile(r"\b(?:agence|agency|quotidien|hebdomadaire|journal|newspaper|daily|chaîne|channel|broadcaster)"
                         r"(?:\s+de\s+presse|\s+d['’]information)?\s+$", re.I)
KIND_AFTER = re.compile(r"\s+(?:news\s+)?agency\b", re.I)
# an army's or a group's communication channel ("FAMa") is named as the party itself: an actor, not a publisher
PARTY_KINDS = frozenset({"government", "armed_group"})
ARTICLE_FIRST = re.compile(r"^(?:le|la|les|l['’]|the)\b", re.I)


@dataclass(frozen=True)
class OutletMention:
    start: int
    end: int
    name: str  # the outlet base's name for it
    own: bool  # the document's own outlet or wire


@lru_cache(maxsize=4)
def _names(b: OutletBase) -> tuple[dict[str, str], re.Pattern | None]:
    """Every written form of a base outlet → the outlet's name, and one case-sensitive alternation of them
    (short all-capital credits like "AA" or "AP" stay capitals only; wire style writes them so)."""
    forms: dict[str, str] = {}
    for o in sorted(b.outlets.values(), key=lambda o: o.kind in PARTY_KINDS):  # (a publisher's form first)
        for form in (o.name, o.short, *o.aliases):
            if form and len(form) >= 2 and form[:1].isupper():
                forms.setdefault(form, o.name)
    if not forms:
        return forms, None
    alternation = "|".join(re.escape(f) for f in longest_first(set(forms)))
    return forms, re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


def outlet_mentions(text: str, spans: list[tuple[int, int]], outlet: str | None, wire: str | None) -> list[OutletMention]:
    """The outlet names written inside ``spans`` (the kept body) of ``text``; see the module docstring."""
    b = base()
    forms, pattern = _names(b)
    if pattern is None:
        return []
    parties = {o.name: o.kind in PARTY_KINDS for o in b.outlets.values()}
    own = {o.name for o in (b.resolve(outlet), b.resolve(wire)) if o is not None}
    own |= {n for n in (outlet, wire) if n}
    found: list[OutletMention] = []
    for start, end in spans:
        for m in pattern.finditer(text, start, end):
            name = forms[m.group(0)]
            is_own = name in own or m.group(0) in own
            before = text[max(start, m.start() - 40):m.start()]
            kind_told = KIND_BEFORE.search(before) is not None or KIND_AFTER.match(text, m.end(), end) is not None
            if parties.get(name) and not kind_told:
                continue  # an army's or a group's channel named alone is the party speaking
            credited = kind_told or CREDIT_BEFORE.search(before) is not None
            unmistakable = len(m.group(0).split()) >= 2 and not ARTICLE_FIRST.match(m.group(0))
            if is_own or credited or unmistakable:
                found.append(OutletMention(m.start(), m.end(), name, is_own))
        found += _contracted_addressees(text, start, end, b, own)
    return found


# a French outlet whose name opens on « Le »/« Les » is written contracted after « à » and « de » (« a indiqué jeudi au
# Monde », « selon une source citée par le correspondant du Monde »): the bare remainder after the contraction, when a
# verb of telling stands before it; else « au Sahel » is the region
_CONTRACTIONS = {"Le": ("au", "du"), "Les": ("aux", "des")}
_TOLD_BEFORE = re.compile(r"\b(?:indiqu|déclar|confi|expliqu|racont|assur|affirm|précis|dit|témoign|rapport|annonc|"
                          r"confirm|souffl|correspondant|interrogé|joint|contacté)\w*\b[^.;:«»]{0,30}$", re.I)


def _contracted_addressees(text: str, start: int, end: int, b: OutletBase, own: set[str]) -> list[OutletMention]:
    """The outlets named contracted (« au Monde ») as the addressee of a verb of telling (``_CONTRACTIONS``)."""
    found = []
    segment = text[start:end]
    for rest, pattern, name in _contracted_forms(b):
        if rest not in segment:
            continue  # (the pattern writes the name's remainder as it is: no need to search)
        for m in pattern.finditer(segment):
            a, z = start + m.start(), start + m.end()
            if _TOLD_BEFORE.search(text[max(start, a - 60):a]):
                found.append(OutletMention(a, z, name, name in own))
    return found


@lru_cache(maxsize=4)
def _contracted_forms(b: OutletBase) -> tuple[tuple[str, re.Pattern, str], ...]:
    """(the remainder after the article, its contracted pattern, the outlet's name) of each form of ``_names`` that opens
    on « Le » or « Les », in the forms' order: compiled once for each loaded base."""
    out = []
    for form, name in _names(b)[0].items():
        article, _, rest = form.partition(" ")
        if article in _CONTRACTIONS and rest:
            out.append((rest, re.compile(rf"\b(?:{'|'.join(_CONTRACTIONS[article])})\s+{re.escape(rest)}(?![\w-])"), name))
    return tuple(out)


def document_outlet_mentions(document) -> list[OutletMention]:
    """``outlet_mentions`` over a ``Document``'s kept segments."""
    return outlet_mentions(document.text, [(s.char_start, s.char_end) for s in document.segments],
                           document.outlet, document.wire)
