"""Stage helper: armies named "<Proper words> Army" that are not a state's army.

The actor base reads the generic word "army" as the document's state army; inside "the Arakan Army" or
"Kachin Independence Army rebels" that word belongs to a movement's name.  Each such name found in a
paragraph claims its span before the base's phrases are resolved: the base's actor when the base knows
the whole name, else a non-state armed group of its own (``knowledge.army_names``).  Names that are a
country's army ("the Nigerian Army", "Sudanese Army", "Pakistan Army") are that country's: the base's
actor when it knows the name ("Chadian army"), else a state force of the country the adjective names.
So are the country's other forces: "the Spanish Navy", "the Kenyan Air Force", "Portuguese Armed Forces",
"Spanish police".
"""

from __future__ import annotations

import re

from sitrep.analyse.actor_countries import is_headline
from sitrep.analyse.context import Paragraph
from sitrep.analyse.foreign_forces import foreign_forces
from sitrep.knowledge.actors import GENERIC_HEADS
from sitrep.knowledge.demonyms import country_of_demonym
from sitrep.knowledge.army_names import SOME_COUNTRY, country_of_words, named_group_id, state_force_id
from sitrep.model import ActorMention

_MAX_NAME_WORDS = 5
# the members' word after the name belongs to the mention: the clause's subject is "rebels" in
# "Kachin Independence Army rebels attacked"
_MEMBER_HEADS = GENERIC_HEADS | {"guerrillas", "insurgents", "cadres", "rebel", "fighter", "soldiers"}
_POSSESSIVES = ("'s", "’s")
# a branch of the movement written onto its name: "Sudan People's Liberation Army-North"
_BRANCH_SUFFIX = re.compile(r"-(?:North|South|East|West|[A-Z]{1,4})\b")
# the heads naming a country's forces after its adjective, by their first word: the words that must
# follow it, and the branch of the state they name
_FORCE_HEADS = {"army": ((), "military"), "navy": ((), "military"), "air": (("force",), "military"),
                "armed": (("forces",), "military"), "police": ((), "police")}
# a country's aircraft stand for its military ("a French drone struck", "Nigerien warplanes bombed"): named only
# for a country whose forces the base holds (a "Turkish drone" flown by another army names no Turkish deed)
_AIRCRAFT_HEADS = {"drone", "drones", "aircraft", "warplane", "warplanes", "jets", "helicopter", "helicopters",
                   "gunship", "gunships"}


# lower-case words a movement's name carries when a writer does not capitalise it ("the Kachin independence army",
# "the Karen national liberation army"): kept only between a proper word and a lower-case "army"
_MOVEMENT_WORDS = frozenset("independence liberation resistance revolutionary national democratic patriotic free "
                            "united defence defense salvation islamic republican".split())
# organisations named "Army" that bear no arms: a church's charity, an army's civil-works corps (its dredging and
# levees are no military deed); their name claims its span so that the base does not read "Army" as the state's
UNARMED_ARMY_NAMES = re.compile(r"\b(?:Salvation|Church)\s+Army\b|\b(?:(?:the\s+)?(?:U\.?S\.?|United\s+States|American)\s+)?"
                                r"Army\s+Corps\s+of\s+Engineers\b", re.IGNORECASE)


def unarmed_army_spans(para: Paragraph) -> list[tuple[int, int]]:
    """The document character ranges of ``para``'s names of unarmed organisations called "Army"."""
    return [(para.offset + m.start(), para.offset + m.end()) for m in UNARMED_ARMY_NAMES.finditer(para.text)]


def _name_words(army) -> list:
    """The capitalised proper words right before the token "Army", nearest last (possessives kept); before a lower-case
    "army", also the movement words a writer left lower-case, and no possessive ("Putin's army" is a state's)."""
    words: list = []
    tok_i = army.i - 1
    sent_start = army.sent.start
    lower = army.text == "army"
    while tok_i >= sent_start and len(words) < _MAX_NAME_WORDS:
        tok = army.doc[tok_i]
        if lower and tok.lower_ in _MOVEMENT_WORDS and tok.text.islower():
            words.insert(0, tok)
        elif tok.text in _POSSESSIVES and tok_i > sent_start and army.doc[tok_i - 1].text[:1].isupper():
            if lower:
                return []
            words.insert(0, tok)
        elif tok.text[:1].isupper() and tok.is_alpha or ("'" in tok.text and tok.text[:1].isupper()):
            # a capitalised first word of the sentence is a name only when the model says so ("Then") or
            # it is a country's adjective ("Spanish police arrested …")
            if tok_i == sent_start and tok.pos_ != "PROPN" and not country_of_demonym(tok.text):
                break
            if tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
                break
            words.insert(0, tok)
        else:
            break
        tok_i -= 1
    while words and (words[0].text in _POSSESSIVES or words[0].text.islower()):
        words.pop(0)
    return words


def _force_head(tok):
    """(last token, branch) of the force head starting at ``tok`` ("Air Force", "army", "police"), else None."""
    if tok.lower_ in _AIRCRAFT_HEADS:
        return tok, "aircraft"
    rest, branch = _FORCE_HEADS.get(tok.lower_, (None, None))
    if rest is None or tok.i + len(rest) > tok.sent.end:
        return None
    if [t.lower_ for t in tok.doc[tok.i + 1:tok.i + 1 + len(rest)]] != list(rest):
        return None
    return tok.doc[tok.i + len(rest)], branch


def named_armies(para: Paragraph, doc_id: str, base, when, countries) -> list[ActorMention]:
    """The non-state armies ``para`` names, one mention each, spanning the name and a generic head after it
    ("Kachin Independence Army rebels"), and the forces of a country the base has no actor for ("the Spanish
    Navy")."""
    out: list[ActorMention] = []
    doc = para.doc
    for head in doc:
        found = _force_head(head)
        if found is None or is_headline(head.sent):
            continue
        last, branch = found
        words = _name_words(head)
        country = country_of_words([w.text for w in words]) if words else SOME_COUNTRY
        if country == SOME_COUNTRY or (country is None and head.text not in ("Army", "army")) or (
                country is None and branch == "aircraft"):
            continue  # a bare "army" or "the National Army" is the story's state's; "Shan State police" is left to the base
        if country is None and UNARMED_ARMY_NAMES.match(para.text, words[0].idx):
            continue  # "the Salvation Army" bears no arms
        start, end = words[0].idx, last.idx + len(last.text)
        suffix = _BRANCH_SUFFIX.match(para.text, end) if country is None else None
        if suffix:
            end = suffix.end()
        nxt = doc.char_span(end, len(para.text), alignment_mode="expand")
        if nxt is not None and len(nxt) and nxt[0].lower_ in _MEMBER_HEADS and nxt[0].idx - end <= 1:
            name_end, end = end, nxt[0].idx + len(nxt[0].text)
        else:
            name_end = end
        resolved = base.resolve(para.text[start:name_end], when=when, countries=countries)
        if country is not None:
            known = base.get(resolved[0]) if resolved else None
            if known is not None and known.country == country:
                continue  # the base's own actor for the name ("Chadian army", "French Armed Forces")
            # the base's force under another name ("Niger Armed Forces", "Chad army", "a French drone"): that force,
            # whatever country the story is about (a Nigerien unit across the border in Mali is Niger's)
            force = _base_force(base, country, branch, when)
            if force is None and branch == "aircraft":
                continue
            resolved = (force or state_force_id(country, branch), 0.9)
        elif resolved is None:  # named in full, only unknown to the base: a name still, though a less certain one
            resolved = (named_group_id(para.text[start:name_end]), 0.9)
        actor_id, confidence = resolved
        out.append(ActorMention(span=para.span(doc_id, start, end), surface=para.text[start:end], actor_id=actor_id,
                                confidence=round(confidence, 3), method="alias"))
    for found in foreign_forces(para, doc_id, base, when, countries, lambda c: _base_force(base, c, "military", when)):
        if not any(o.span.char_start < found.span.char_end and found.span.char_start < o.span.char_end for o in out):
            out.append(found)
    return out


# ACLED's labels for a country's forces, which the base gives its force of each country as name or alias
_FORCE_LABELS = {"police": "police forces of ", "military": "military forces of ", "aircraft": "military forces of "}


def _base_force(base, country: str, branch: str, when) -> str | None:
    """The base's actor for ``country``'s military or police (``branch``), whatever name the text gives it: the one
    its generic word ("the army", "the police") names there, else the one carrying ACLED's label for the force
    ("Military Forces of France": a force abroad has no generic word of its own)."""
    generic = base.resolve("police" if branch == "police" else "army", when=when, countries={country})
    own = base.get(generic[0]) if generic else None
    if own is not None and own.country == country:
        return own.actor_id
    label = _FORCE_LABELS[branch]
    for actor in base.actors.values():
        if actor.country == country and any(n.lower().startswith(label) for n in [actor.name, *actor.aliases]):
            return actor.actor_id
    return None
