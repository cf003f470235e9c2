"""A communiqué printed as the document itself: its letterhead names the issuer and the country.

An army's or a ministry's communiqué copied as it was published opens on a heading and a letterhead the ingest
keeps out of the body: « Communiqué du ministère de la Défense nationale », « République du Niger – Ministère de la
Défense nationale », « Niamey, le 17 juin 2027 ».  The body then speaks in the first person (« nos forces ont
neutralisé … », « nous déplorons cinq morts ») and names neither its author nor its side.  Read from the heading:

- the country (« République du Niger », else the seat the letterhead is dated from), which decides the generic
  names of the state (« ministère de la Défense nationale » is Niger's under Niger's letterhead);
- the issuer, the institution the heading names, resolved in that country;
- the issuer's side: the issuer itself when it is an armed force, else the army of its government, which
  « nos forces », « nos unités », « nos éléments » of the body are.

The attribution stage makes the body's first-person and toll sentences the issuer's statement; the actor stage
tags the body's « nos forces » as the issuer's side.  A news story (a heading that is no communiqué's, or a body
that never speaks in the first person outside quotes) has no issuer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.analyse.context import Context
from sitrep.knowledge.actor_knowledge import kind_of
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS

# the heading of a communiqué, or a letterhead line (« République du Mali », « Ministère de la Défense nationale »)
# (or after the issuer's name and a dash: « Front de Libération de l'Azawad – Communiqué n°041/2028 »)
_COMMUNIQUE_HEADING = re.compile(r"^\s*(?:[^\n]{2,80}?\s[–—|-]\s+)?(?:communiqu[ée]|press\s+release|statement\s+(?:by|of|from)|"
                                 r"d[ée]claration\s+d)\b", re.IGNORECASE)
_REPUBLIC = re.compile(r"\bR[ée]publique\s+(?:du|de\s+la|de\s+l['’]|des|de)\s+([A-ZÉÈ][\w'’-]*(?:\s+[A-Z][\w-]*)?)")
# an institution named in a heading: its head word and the words after it up to a break of the line
# (or a movement's: « Front de libération de l'Azawad (FLA) / Bureau de la communication », whose statements open so)
_INSTITUTION = re.compile(r"\b(?:minist[èe]re|[ée]tat-major|gouvernement|forces\s+arm[ée]es|arm[ée]e|pr[ée]sidence|"
                          r"ministry|general\s+staff|government|armed\s+forces|army|presidency|"
                          r"front|mouvement|coordination|coalition|movement)\b"
                          r"[^\n,:;–—()«»\"]*", re.IGNORECASE)
# the place a letterhead is dated from: « Niamey, le 17 juin 2027 », « Bamako, le 14 juin 2027 », "Bamako, 12 October 2027"
_DATED_FROM = re.compile(r"(?:^|[–—-]\s*)([A-ZÉÈ][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:le\s+)?\d", re.MULTILINE)
# the first person of a communiqué's body, outside quotes: « nos forces », « notre côté », « nous déplorons »
# (« côté ami », the army communiqué's own side in its toll, « Côté ami, deux morts », is its first person)
FIRST_PERSON = {"fr": re.compile(r"(?<!\w)(?:nos|notre|nous|côté\s+ami)(?!\w)", re.IGNORECASE),
                "en": re.compile(r"(?<!\w)(?:our|we)(?!\w)", re.IGNORECASE)}
# the article before the heading's institution opening a sentence of the body ("The Government of the Transition
# presents its condolences"); in French a communiqué of operations names itself so too (« Les Forces armées nationales
# ont mené … », « L'état-major présente ses condoléances ») without speaking in its own voice: English only
_OWN_NAME_ARTICLE = {"en": r"The\s+", "fr": r"(?:L['’]\s*|Le\s+|La\s+|Les\s+)"}
# the issuer's side in its body: « nos forces », « nos vaillants soldats », « nos unités », « nos éléments »
OUR_FORCES = {
    "fr": re.compile(
        r"(?<!\w)nos\s+(?:(?:vaillant|brave|valeureu)\w*\s+)?(?:forces|unités|éléments|hommes|soldats|militaires|"
        r"troupes|combattants|patrouilles?|positions?)(?!\w)", re.IGNORECASE),
    "en": re.compile(
        r"(?<!\w)our\s+(?:(?:valiant|brave|gallant)\s+)?(?:forces|units|elements|men|soldiers|troops|fighters|"
        r"patrols?|positions?)(?!\w)", re.IGNORECASE)}


@dataclass(frozen=True)
class Letterhead:
    heading: str           # the title and letterhead lines
    country: str | None    # ISO2 of the letterhead's state, when the heading tells it


@dataclass(frozen=True)
class Issuer:
    actor_id: str          # the institution that issued the communiqué
    surface: str           # its words in the heading
    side: str | None       # the armed force « nos forces » are


def _heading(ctx: Context) -> str:
    """The text before the body: the title line and the letterhead lines the ingest kept out."""
    doc = ctx.document
    first = min((s.char_start for s in doc.segments), default=0)
    return doc.text[:first]


def _country(ctx: Context, heading: str) -> str | None:
    gaz = ctx.knowledge.gazetteer
    if gaz is None:
        return None
    names = [m.group(1) for m in _REPUBLIC.finditer(heading)] + [m.group(1) for m in _DATED_FROM.finditer(heading)]
    for name in names:
        cands = gaz.lookup(name)
        countries = {c.country for c in cands if c.is_country} or {c.country for c in cands[:1]}
        if len(countries) == 1:
            return next(iter(countries))
    return None


def _institution_phrases(heading: str):
    """Each institution the heading names, as its words then ever shorter prefixes of them (« Ministère de la Défense
    nationale », « Ministère de la Défense », …): the longest name the base knows wins."""
    for m in _INSTITUTION.finditer(heading):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            yield " ".join(words[:n])


def _institution(ctx: Context, heading: str, country: str | None) -> tuple[str, str] | None:
    """(actor id, words) of the institution that issued the communiqué: of those the heading names that the base
    knows (each by its longest name), the first that no other of them answers to.  A letterhead stacks a body over
    its unit (« Ministère de la Défense et des Anciens Combattants / État-major général des armées »): the unit
    signs, the ministry above it is its letterhead."""
    base = ctx.knowledge.actors
    countries = {country} if country else None
    named: dict[str, str] = {}
    for phrase in _institution_phrases(heading):
        # an English generic name resolves with its article ("the government"), and only in a known country
        resolved = base.resolve(phrase, countries=countries) or (
            base.resolve(f"the {phrase}", countries=countries) if countries else None)
        if resolved is not None:
            actor = base.get(resolved[0])
            if country is None or actor is None or actor.country in (None, country):
                named.setdefault(resolved[0], phrase)
    for actor_id, phrase in named.items():
        if not any(actor_id in (getattr(base.get(other), "affiliations", None) or []) for other in named):
            return actor_id, phrase
    return next(iter(named.items()), None)


# the author a statement's heading names: "Statement by X on …", « Déclaration du X sur … »
_STATEMENT_AUTHOR = re.compile(r"\b(?:statement\s+(?:by|of|from)|d[ée]claration\s+d(?:u|e\s+la|e\s+l['’]|es|e))\s+(?:the\s+)?"
                               r"([^\n,:;–—()]+?)(?:\s+(?:on|about|regarding|concerning|sur|concernant)\b|[\n,:;–—(]|$)",
                               re.IGNORECASE)


def _armed_group_named(ctx: Context, heading: str) -> tuple[str, str] | None:
    """(actor id, words) of the armed group a statement's heading names as its author ("Statement by Jama'at Nusrat
    al-Islam wal-Muslimin on …", « Déclaration du JNIM »): a group's statement printed as the document is that
    group's.  (The heading is read before the body's actors are: the author's words are resolved by the base.)"""
    m = _STATEMENT_AUTHOR.search(heading)
    if m is None:
        return None
    base, words = ctx.knowledge.actors, m.group(1).split()
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[:n])
        resolved = base.resolve(phrase)
        if resolved is not None and kind_of(base, resolved[0]) in ARMED_NON_STATE_KINDS:
            return resolved[0], phrase
    return None


def _named_country(ctx: Context, heading: str) -> str | None:
    """The country of an institution the heading names by a name of its own (« Forces armées maliennes »)."""
    base = ctx.knowledge.actors
    for phrase in _institution_phrases(heading):
        cands = base.candidates(phrase)
        named = {base.get(a).country for a, _, method, _ in cands if method == "alias" and base.get(a) is not None}
        if len(named) == 1 and None not in named:
            return next(iter(named))
    return None


def _side(ctx: Context, issuer: str, country: str | None) -> str | None:
    """The armed force an issuer's « nos forces » are: the issuer when it is a force, else its country's army."""
    base = ctx.knowledge.actors
    actor = base.get(issuer)
    if actor is None:
        return None
    if actor.kind in ARMED_NON_STATE_KINDS:
        return issuer  # a movement's « nos unités », « nos combattants » are its own fighters
    if not any(issuer in a.affiliations for a in base.actors.values()):
        return issuer  # no force answers to it: the issuer is the force (« état-major général des armées »)
    country = country or actor.country
    resolved = base.resolve("l'armée", countries={country}) if country else None
    army = base.get(resolved[0]) if resolved else None
    return army.actor_id if army is not None and army.country == country else None


def _speaks_in_own_voice(ctx: Context, heading: str) -> bool:
    """The body, outside quotes, speaks in the first person, or (English) names the heading's institution as the
    subject of its own sentences ("The Government of the Transition presents its condolences", "The Chief of General
    Staff salutes the courage of the men"): a communiqué that speaks of itself in the third person."""
    doc = ctx.document
    own = [m.group(0).strip() for m in _INSTITUTION.finditer(heading)] if ctx.language == "en" else []
    article = _OWN_NAME_ARTICLE[ctx.language]
    for seg in doc.segments:
        body = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", doc.text[seg.char_start:seg.char_end])
        if FIRST_PERSON[ctx.language].search(body):
            return True
        if any(re.search(rf"(?:^|[.!?]\s+){article}{re.escape(name)}\b", body, re.IGNORECASE)
               for name in own if len(name.split()) > 1):
            return True
    return False


def letterhead(ctx: Context) -> Letterhead | None:
    """The heading of a communiqué printed as the document, or None (memoised per document).  A heading that opens
    on « Communiqué » or names a republic, over a body in the first person (a third-person communiqué of operations,
    « les Forces armées nationales ont mené … », tells deeds its claims would set against other stories' tolls)."""
    cache = ctx.cache.__dict__
    if "letterhead" in cache:
        return cache["letterhead"]
    found = None
    heading = _heading(ctx)
    if ctx.language in FIRST_PERSON and heading.strip() and getattr(ctx.knowledge, "actors", None) is not None:
        lines = [ln for ln in heading.splitlines() if ln.strip()]
        communique = any(_COMMUNIQUE_HEADING.match(ln) for ln in lines) or _REPUBLIC.search(heading) is not None
        if communique and _speaks_in_own_voice(ctx, heading):
            found = Letterhead(heading, _country(ctx, heading) or _named_country(ctx, heading))
    cache["letterhead"] = found
    return found


def issuer(ctx: Context) -> Issuer | None:
    """Who issued a communiqué printed as the document: the institution its heading names, resolved in the
    letterhead's country, else in the country the document is about (the actor stage has counted it)."""
    cache = ctx.cache.__dict__
    if "issuer" in cache:
        return cache["issuer"]
    found = None
    head = letterhead(ctx)
    if head is not None:
        country = head.country or (ctx.countries.most_common(1)[0][0] if ctx.countries else None)
        named = _institution(ctx, head.heading, country) or _armed_group_named(ctx, head.heading)
        if named is not None:
            found = Issuer(named[0], named[1], _side(ctx, named[0], country))
    cache["issuer"] = found
    return found


# a sentence of the body that reports: a count of dead, wounded or neutralised, or the communiqué's own outcome
_REPORTS = re.compile(r"\b(?:neutralis\w*|tu[ée]e?s?|morts?|bless[ée]e?s?|bilan|d[ée]plor\w*|tomb[ée]s|"
                      r"repouss\w*|d[ée]truit\w*|r[ée]cup[ée]r[ée]\w*|saisi\w*|"
                      r"neutrali[sz]ed|killed|dead|wounded|injured|toll|fell|repelled|destroyed|recovered|seized|"
                      r"attack(?:ed)?|target)\b", re.IGNORECASE)


def issuer_statements(ctx: Context, sents: list, out: dict, make) -> None:
    """The body sentences of a communiqué printed as the document that report (a toll, an outcome) in its own
    voice become its issuer's statement; ``make(index, speaker, surface, sentence)`` builds an attribution.
    The sentences another speaker was given (a quoted notable, « selon des habitants ») keep theirs."""
    head = issuer(ctx)
    if head is None:
        return
    for s in sents:
        if s.index in out:
            continue
        if FIRST_PERSON[ctx.language].search(s.text) or _REPORTS.search(s.text):
            out[s.index] = make(s.index, head.actor_id, head.surface, s)


def our_forces(ctx: Context, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, words, actor id) of the body's « nos forces » of a communiqué printed as the document: the
    issuer's side, where no other name was read."""
    head = issuer(ctx)
    if head is None or head.side is None:
        return []
    doc = ctx.document
    found = []
    for seg in doc.segments:
        for m in OUR_FORCES[ctx.language].finditer(doc.text, seg.char_start, seg.char_end):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append((m.start(), m.end(), m.group(0), head.side))
    return found
