"""Which countries a document is about, and what that makes of its generic actors: "soldiers",
"unknown gunmen" or "al-Qaeda-linked fighters" name a different actor in a Malian note than in a
Burkinabe one.  Also the headline test the actor and place stages share (a title-case line's
entities are noise)."""

from __future__ import annotations

import re
from collections import Counter

from sitrep.analyse.context import Context
from sitrep.analyse.letterhead import letterhead
from sitrep.analyse.nlp import SPAN_KEY
from sitrep.ingest.outlet_mentions import document_outlet_mentions
from sitrep.knowledge.actors import ARMED_NON_STATE_KINDS
from sitrep.model import ActorMention

# a parent organisation named only to qualify the group that acts: "al-Qaeda-linked fighters",
# "al-Qaeda's branch in the Sahel", "an affiliate of the Islamic State", « liés à al-Qaïda »
_QUALIFIER_AFTER = re.compile(
    r"^(?:\s*[-‐–]\s*|\s+)(?:linked|affiliated|allied|aligned|backed|loyal)\b"
    r"|^['’]s\s+(?:\w+\s+){0,2}?(?:branch|affiliate|arm|wing|franchise|offshoot|ally|allies|fighters|militants)\b",
    re.IGNORECASE,
)
_QUALIFIER_BEFORE = re.compile(
    r"\b(?:linked|affiliated|allied|aligned|tied|loyal|close|pledged)\s+(?:to|with)\s+(?:the\s+)?$"
    r"|\b(?:affiliate|branch|arm|wing|franchise|offshoot)\s+of\s+(?:the\s+)?$"
    r"|\b(?:li[ée]e?s|affili[ée]e?s?|proches?|branche|filiale)\s+(?:à|au|de|d['’])\s*(?:l['’])?$",
    re.IGNORECASE,
)


def _parents_name_their_branch(ctx: Context, base, actors: list[ActorMention], countries: set[str],
                               regions: set[str] = frozenset()) -> None:
    """A parent organisation used to qualify the group that acts names its branch where the story
    is: in a Malian story "al-Qaeda-linked fighters" are JNIM, as ACLED codes them.  So does a
    transnational movement named as the actor itself: "Islamic State militants attacked a village near
    Menaka" are the Islamic State's Sahel Province, ACLED's "Islamic State (Sahel)".  The branch
    comes from the base (``ActorBase.branch_in``); with no single branch there the parent stays."""
    text = ctx.document.text
    when = ctx.anchor.latest if ctx.anchor else None
    branches: dict[str, str] = {}  # parent → the branch its named mentions became
    for m in actors:
        if m.method != "alias":
            continue
        after = text[m.span.char_end:m.span.char_end + 40]
        before = text[max(0, m.span.char_start - 40):m.span.char_start]
        fighters = _FIGHTERS_AFTER.search(after) or _FIGHTERS_BEFORE.search(before) or _SPEAKS_AFTER.search(after)
        if not (_QUALIFIER_AFTER.search(after) or _QUALIFIER_BEFORE.search(before)
                or (fighters and _movement(base, m.actor_id))):
            continue
        if _fights_in(base, m.actor_id, countries):
            continue  # "militants affiliated with JNIM" in Mali are JNIM's: the qualifier is the group itself
        branch = base.branch_in(m.actor_id, countries, regions) or _branch_named_in_story(base, m.actor_id, countries, actors)
        if branch is not None:  # the branch there at the story's date: al-Qaeda's in Mali was AQIM before JNIM formed
            branch = base.description_holder(branch, when)
        # "JNIM, al-Qaeda's affiliate in the Sahel": the sentence names the branch itself, and the
        # parent only describes it (a second mention of the branch would be a second party)
        # (unless the parent qualifies one of them: "The Al-Qaeda-linked Group for the Support of Islam and Muslims
        # (JNIM)" names the branch twice, the parent once, as its qualifier)
        if branch is None or any(o.actor_id == branch and _same_sentence(text, o, m) and not _qualifies(text, m, o)
                                 for o in actors) and not any(o.actor_id == branch and _qualifies(text, m, o) for o in actors):
            continue
        branches[m.actor_id] = branch
        m.actor_id, m.method, m.confidence = branch, "descriptive", min(m.confidence, 0.75)
    # the men the name identified ("des hommes armés affiliés à al-Qaïda") are the branch's as well
    for m in actors:
        if m.method != "alias" and m.actor_id in branches:
            m.actor_id = branches[m.actor_id]


# the movement's own fighters, the men who act ("Islamic State militants", « des combattants de l'État islamique »),
# not the movement named for itself ("the Islamic State lost its last town in Syria", "al-Qaeda's leader"); the
# movement's "group" may stand between ("Islamic State group fighters")
_FIGHTERS_AFTER = re.compile(r"^\s+(?:group(?:['’]s)?\s+)?(?:militants?|fighters?|gunmen|jihadists?|combatants?|elements?|members?|insurgents?"
                             r"|terrorists?|attackers?|assailants?|men)\b", re.IGNORECASE)
_FIGHTERS_BEFORE = re.compile(
    r"\b(?:militants?|fighters?|gunmen|jihadists?|djihadistes?|jihadistes?|combatants?|combattants?|elements?|éléments?"
    r"|members?|membres?|insurgents?|terrorists?|terroristes?|hommes\s+armés|individus\s+armés|men)"
    r"\s+(?:of|from|de|du|des|d['’])\s*(?:the\s+|l['’]\s*)?$", re.IGNORECASE)
# the movement that speaks for a deed ("Islamic State said in a statement carried by its Amaq agency that its
# fighters killed ...", "the Islamic State group claimed the ambush", « L'organisation État islamique a revendiqué
# ... »): a transnational movement claims through its local branch, and ACLED codes the deed, the claim and the
# claimant to that branch ("Islamic State (Sahel)" in Mali), never to the movement itself
_SPEAKS_AFTER = re.compile(
    r"^\s+(?:\(\w+\)\s+)?(?:group\s+)?(?:has\s+|have\s+|had\s+|later\s+|also\s+)?"
    r"(?:said|says|claimed|claims|announced|stated|a\s+revendiqué|revendique|a\s+affirmé|affirme|a\s+annoncé)\b",
    re.IGNORECASE)


def _movement(base, actor_id: str) -> bool:
    """An armed movement of no country of its own (al-Qaeda, the Islamic State): it fights through its branches."""
    actor = base.get(actor_id)
    return actor is not None and actor.kind in ARMED_NON_STATE_KINDS and not actor.country


def _branch_named_in_story(base, parent: str, countries: set[str], actors: list[ActorMention]) -> str | None:
    """Where the parent has several branches (the Islamic State's Sahel and West Africa provinces both fight
    in Niger), the one the story itself names ("… the Islamic State Sahel Province is active in the area")."""
    branches = {a.actor_id for a in base.actors.values()
                if parent in a.affiliations and countries & set(base.operates_in.get(a.actor_id, []))}
    named = {m.actor_id for m in actors if m.actor_id in branches}
    return next(iter(named)) if len(named) == 1 else None


def _qualifies(text: str, parent: ActorMention, branch: ActorMention) -> bool:
    """The parent is the branch's own qualifier ("al-Qaeda-linked JNIM militants"): one party, the branch."""
    between = text[parent.span.char_end:branch.span.char_start]
    return 0 <= len(between) <= 20 and _QUALIFIER_AFTER.match(between) is not None and "," not in between


def _fights_in(base, actor_id: str, countries: set[str]) -> bool:
    """The actor itself fights in one of ``countries`` (its own country or where it operates)."""
    actor = base.get(actor_id)
    own = {actor.country} if actor is not None and actor.country else set()
    return bool(countries & (own | set(base.operates_in.get(actor_id, []))))


def _same_sentence(text: str, a: ActorMention, b: ActorMention) -> bool:
    """No sentence end between the two mentions."""
    start, end = sorted((a.span.char_start, b.span.char_start))
    return not re.search(r"[.!?]\s", text[start:end])


def focus_countries(countries: Counter) -> dict[str, float]:
    """The countries a document is mainly about, with their share of the strongest one (a Mali article naming France once is not about France)."""
    if not countries:
        return {}
    top = max(countries.values())
    return {cc: n / top for cc, n in countries.items() if cc and n >= max(2, 0.25 * top) or n == top}


_HEADLINE_CACHE = "sitrep_is_headline"  # doc.user_data key: (sentence start, end) -> bool


def is_headline(sent) -> bool:
    """Title-case lines (headlines, related-story links): the model's entities there are noise.
    Memoised per sentence on its Doc: the stages ask once per entity, and re-reading every token of
    the sentence each time made a long unpunctuated paragraph quadratic (minutes for 1 MB)."""
    cache = sent.doc.user_data.setdefault(_HEADLINE_CACHE, {})
    key = (sent.start, sent.end)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _title_case_line(sent)
    return found


def _title_case_line(sent) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 3 or sum(t.text[0].isupper() for t in words) < 0.8 * len(words):
        return False
    # a prose fragment the model cut after a name (« Haram sur une île du lac Tchad, au nord-est de Bosso. ») has
    # its few long words capitalised, but more small words in lower case than capitalised ones, which no title has
    small = [t for t in sent if t.is_alpha]
    return sum(t.is_lower for t in small) <= sum(t.text[0].isupper() for t in small)


def publisher_spans(ctx: Context) -> list[tuple[int, int]]:
    """Where the text credits an outlet in brackets, its own or another (« Niamey, 11 janvier (ANP) – »,
    ``sitrep.ingest.outlet_mentions``): a publisher, never a party, though an actor's alias be spelled so (ANP is
    also Algeria's army).  Memoised per document."""
    cache = ctx.cache.__dict__
    if "publishers" not in cache:
        # (only in its credit's brackets: an outlet named in the story, "Human Rights Watch said", may be a party)
        text = ctx.document.text
        cache["publishers"] = sorted((m.start, m.end) for m in document_outlet_mentions(ctx.document)
                                     if text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")")
    return cache["publishers"]


def country_context(ctx: Context) -> Counter:
    """Which countries the document is about: the countries of the actors it names (by alias or
    description) and the country names it uses.  Decides generic phrases and place ambiguity."""
    if ctx.countries is not None:
        return ctx.countries
    base = ctx.knowledge.actors
    gaz = ctx.knowledge.gazetteer
    counts: Counter = Counter()
    capitals: Counter = Counter()  # countries of the place names that stand for a state ("N'Djamena", "Abuja")
    publishers = publisher_spans(ctx)
    for para in ctx.paragraphs:
        for sp in para.doc.spans.get(SPAN_KEY, []):
            if (para.offset + sp.start_char, para.offset + sp.end_char) in publishers:
                continue  # the outlet's name (« (ANP) »): no party, so no country of the story's parties
            for actor_id, _, method, _ in base.candidates(sp.text):
                actor = base.get(actor_id)
                if actor and actor.country and method in ("alias", "descriptive"):
                    if method == "descriptive" and actor.kind == "external_other":
                        # "soldiers accompanied by Russian paramilitaries": contractors described by their
                        # nationality fight abroad; counting Russia made the note's "soldiers" nobody's
                        continue
                    counts[actor.country] += 1
                elif actor and actor.country and method == "metonym" and not _beyond_border(
                        para.text, sp.start_char, sp.end_char):  # (« venus du Nigeria voisin »: not the story's)
                    capitals[actor.country] += 1
        for ent in para.doc.ents:
            if ent.label_ not in ("GPE", "LOC", "NORP", "PERSON", "ORG") or gaz is None or not len(gaz) \
                    or _beyond_border(para.text, ent.start_char, ent.end_char) \
                    or _river_named(para.text, ent.start_char, ent.end_char):
                continue
            cands = gaz.lookup(ent.text)
            # the model reads a bare country name as a person or an organisation now and then ("Niger has been
            # ruled by ...", "Niger's armed forces"): the very name of a country (not a town named after one) is the
            # country whatever its label, but counts half (a neighbour named once in a background line must not
            # enter the story's countries)
            misread = ent.label_ in ("PERSON", "ORG")
            if misread and not (cands and cands[0].is_country):
                continue
            for cand in cands:
                if cand.is_country:
                    counts[cand.country] += 1 if misread else 2
    head = letterhead(ctx)
    if head is not None and head.country:
        # a communiqué printed as the document is its state's: « ministère de la Défense nationale » under
        # « République du Niger » is Niger's, whatever the body names
        counts[head.country] += 3
    if not counts and len(capitals) == 1 and ctx.knowledge.actors.generic_actor("civilians", next(iter(capitals))):
        # a capital the gazetteer does not hold, and no other sign: "N'Djamena, 20 October: soldiers opened fire"
        # is a Chadian story, its "soldiers" Chad's — for a country the base has generic parties for, as an outlet's
        # home (world news naming "Washington" for the US government stays of no country: its surnames are no towns)
        counts.update(capitals)
    if not counts:
        # a note that names no place, no country and no national actor ("Protesters closed the town
        # hall") is about its outlet's home, when a local outlet the base has generic parties for
        home = _outlet_home(ctx)
        if home:
            counts[home] = 1
            ctx.outlet_home = home
    ctx.countries = counts
    return counts


def _outlet_home(ctx: Context) -> str | None:
    from sitrep.knowledge.outlets import outlet_base

    outlet = outlet_base().resolve(ctx.document.outlet) if ctx.document.outlet else None
    country = getattr(outlet, "country", None)
    base = ctx.knowledge.actors
    return country if country and base.generic_actor("civilians", country) else None


# A country named as the far side of a border only situates the place: "near the border with
# Senegal" in a note about Kayes is a Malian story, and counting Senegal made its "gunmen" nobody's.
_BORDER_BEFORE = re.compile(
    r"\b(?:borders?|frontiers?|boundary)\s+(?:with|of|between)\s+(?:the\s+)?(?:[\w'’ -]{2,40}?(?:\s+and|,)\s+)?$"
    r"|\bfronti[èe]res?\s+(?:avec|entre|du|de\s+la|de\s+l['’])\s*(?:le\s+|la\s+|l['’])?(?:[\w'’ -]{2,40}?(?:\s+et|,)\s+)?$",
    re.IGNORECASE,
)
# a neighbour named as such is, by that word, not the story's country: « des bandits venus du Nigeria voisin »,
# "fighters who crossed from neighbouring Mali"
_BORDER_AFTER = re.compile(r"^(?:\s*[-–]\s*[\w'’]+)?\s+(?:borders?|frontiers?|border\s+area)\b|^\s+voisine?s?\b",
                           re.IGNORECASE)
_NEIGHBOUR_BEFORE = re.compile(r"\bneighbou?ring\s+(?:the\s+)?$", re.IGNORECASE)


# A country's name that names its river, valley or basin ("the Niger river valley", « le fleuve Sénégal », « la boucle
# du Niger ») is geography shared by several countries: counting Niger made a Malian story's gunmen Niger's.
_RIVER_AFTER = re.compile(r"^\s+(?:river|valley|basin|bend|inland\s+delta)\b", re.IGNORECASE)
_RIVER_BEFORE = re.compile(r"\b(?:(?:the\s+)?river|fleuve|(?:la\s+)?boucle\s+du|(?:le\s+)?delta\s+(?:intérieur\s+)?du|"
                           r"(?:la\s+)?vallée\s+du|(?:le\s+)?bassin\s+du)\s+$", re.IGNORECASE)


def _river_named(text: str, start: int, end: int) -> bool:
    """The country name at ``text[start:end]`` names a river or its valley ("the Niger river", « fleuve Niger »)."""
    return bool(_RIVER_AFTER.match(text[end:end + 20]) or _RIVER_BEFORE.search(text[max(0, start - 30):start]))


def _beyond_border(text: str, start: int, end: int) -> bool:
    """The country name at ``text[start:end]`` names a border ("the border with X", "the X border")."""
    before = text[max(0, start - 60):start]
    return bool(_BORDER_BEFORE.search(before) or _NEIGHBOUR_BEFORE.search(before) or _BORDER_AFTER.match(text[end:end + 30]))


def _lead_sentence(ctx: Context) -> tuple[int, int] | None:
    """Document characters of the lead: the first sentence of 8+ words that is not a title-case line."""
    for para in ctx.paragraphs:
        for sent in para.doc.sents:
            if sum(t.is_alpha for t in sent) >= 8 and not is_headline(sent):
                return para.offset + sent.start_char, para.offset + sent.end_char
    return None


def settle_generic_actors(ctx: Context, places) -> None:
    """Generic words ("soldiers", "unknown gunmen", "residents") name the actor of the country the
    document is about, and a note that names no country says it through its places: "soldiers
    patrolled near Téra (Téra, Tillabéri)" are Niger's.  Run once the places are resolved:
    the countries the document names count with its places' countries, and a contextual actor
    mention of another country moves to the same generic actor of the leading one (only when the
    base has such an actor; a tie leaves every mention as it was).  A parent organisation that
    qualifies the group that acts names its branch in the leading country."""
    votes: Counter = Counter(ctx.countries or {})
    lead = _lead_sentence(ctx)
    for p in places:
        if p.place_id and p.country and not (p.feature_code or "").startswith("PCL"):
            votes[p.country] += 1
        if lead and p.place_id and p.country and lead[0] <= p.span.char_start < lead[1]:
            # the lead says where the news happened ("… in northern Burkina Faso"); countries named
            # later may only situate a group ("JNIM, active in Mali and Niger"): the lead breaks ties
            votes[p.country] += 1
    ranked = votes.most_common(2)
    top = None if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]) else ranked[0][0]
    base = ctx.knowledge.actors
    if top is not None:
        regions = {p.admin1 for p in places if p.place_id and p.country == top and p.admin1}
        _parents_name_their_branch(ctx, base, ctx.actors, {top}, regions)
    when = ctx.anchor.latest if ctx.anchor else None
    local = _paragraph_countries(ctx, places)
    for m in ctx.actors:
        current = base.get(m.actor_id)
        if m.method != "contextual" or current is None or current.country is None:
            continue
        # a round-up tells each country's news in its own paragraph (« Au Niger, … près de Torodi … sept morts
        # parmi les soldats »): there "the soldiers" are that paragraph's country's, whatever the story leads on
        here = next((cc for (start, end), cc in local if start <= m.span.char_start < end), None) or top
        if here is None or current.country == here:
            continue
        resolved = base.resolve(m.surface, when=when, countries={here})
        moved = base.get(resolved[0]) if resolved else None
        if moved is not None and moved.country == here:
            m.actor_id = resolved[0]


def _paragraph_countries(ctx: Context, places) -> list[tuple[tuple[int, int], str]]:
    """(document character range, country) of each paragraph whose resolved towns and villages all lie in one
    country.  Country names do not count (a paragraph naming where the attackers fled, or a border, is not about
    that country), nor does a paragraph naming towns of two countries."""
    out = []
    for para in ctx.paragraphs:
        start, end = para.offset, para.offset + len(para.text)
        countries = {p.country for p in places if p.place_id and p.country and start <= p.span.char_start < end
                     and not (p.feature_code or "").startswith("PCL")}
        if len(countries) == 1:
            out.append(((start, end), countries.pop()))
    return out
