"""Stage: actors and persons (knowledge-base aliases, descriptive phrases, model fallback).

Actors come from the ``sitrep_actors`` matcher (see ``nlp.py``) resolved against the actor base with
the document's date (for role descriptions that follow lineage) and country context (for generic
phrases like "the army").  Place names standing for a government ("Moscow congratulated") count as
actors only as subject/object of a clause.  Organisations the model finds that the base does not know
become ``org:<key>`` actors.  Persons come from the model's PERSON entities, titles stripped, linked
within the document (short forms to full names) and across documents through a spelling-tolerant key.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from sitrep.analyse.actor_countries import (
    _title_case_line,
    country_context,
    focus_countries, publisher_spans,
    is_headline,
    settle_generic_actors,
)
from sitrep.analyse.context import Context, Paragraph
from sitrep.analyse.fatalities import find_fatalities
from sitrep.analyse.identified_actors import name_identified_generics
from sitrep.analyse.lang import vocab
from sitrep.analyse.leaders_men import add_leaders_men
from sitrep.analyse.letterhead import our_forces
from sitrep.analyse.named_armies import named_armies, unarmed_army_spans
from sitrep.analyse.nlp import SPAN_KEY
from sitrep.analyse.person_shapes import is_known_place, looks_like_person, titled_name
from sitrep.analyse.foreign_nationals import foreign_nationals
from sitrep.analyse.unclaimed import guessed_doer, said_unclaimed
from sitrep.ingest.dateline import CREDITED_OPENING
from sitrep.knowledge.actors import ARMED_KINDS, ARMED_NON_STATE_KINDS, GENERIC_KINDS
from sitrep.knowledge.names import alias_key, fold_name, skeleton
from sitrep.model import ActorMention, PersonMention, Span

# the country helpers moved to actor_countries stay importable from here (places.py, tests)
__all__ = ["_title_case_line", "country_context", "crowd_sides", "find_actors", "find_persons", "focus_countries",
           "is_headline", "looks_like_person", "person_key", "settle_generic_actors"]

_METONYM_DEPS = {"nsubj", "nsubjpass", "agent", "dobj", "dative"}
_METONYM_PREPS = {"with", "against", "by", "between", "from"}
_JOURNEY_VERBS = {"come", "arrive", "travel", "return", "flee", "head", "move", "drive", "originate", "cross", "transit"}
_MILITIAS = {"identity_militia", "political_militia"}
_ORG_JUNK = re.compile(r"^[\W\d_]+$")
# a commune's or village's own bodies, elected or customary (« les autorités communales », "the municipal
# authorities"): local sources like a mayor, not the state the bare « les autorités » stands for
_LOCAL_BODY_AFTER = re.compile(r"\s+(?:communales|municipales|coutumières|traditionnelles|villageoises)\b", re.IGNORECASE)
_LOCAL_BODY_BEFORE = re.compile(r"\b(?:municipal|communal|customary|traditional|village)\s+$", re.IGNORECASE)
# a settlement noun right before a name ("the village of", "la localité de"): the name is a place
_SETTLEMENT_BEFORE = re.compile(r"\b(?:village|town|city|locality|commune|hamlet|localité|ville|hameau)\s+(?:of|de|d['’])\s*$", re.IGNORECASE)


def find_actors(ctx: Context) -> tuple[list[ActorMention], list[PersonMention], list[ActorMention]]:
    """Return (actor mentions, person mentions, unknown organisations found by the model)."""
    base = ctx.knowledge.actors
    countries = country_context(ctx)
    lang = vocab(ctx.language)
    when = ctx.anchor.latest if ctx.anchor else None
    actors: list[ActorMention] = []
    new_orgs: list[ActorMention] = []
    taken: list[tuple[int, int]] = []  # document char ranges claimed by actors
    ctx_countries = set(focus_countries(countries)) if countries else None
    for para in ctx.paragraphs:
        # "the Arakan Army": the movement's name claims its "Army" before the base reads it as the state's
        armies = named_armies(para, ctx.doc_id, base, when, ctx_countries)
        # "two Italian aid workers": their country's civilians, claimed before the base reads "workers" as the story's
        armies += [m for m in foreign_nationals(para, ctx.doc_id, base)
                   if not any(a.span.char_start < m.span.char_end and m.span.char_start < a.span.char_end for a in armies)]
        actors += armies
        # ("the Salvation Army": a name that claims its "Army" for no armed actor; the outlet's, « (ANP) », no party)
        named_spans = [(m.span.char_start, m.span.char_end) for m in armies] + unarmed_army_spans(para) + publisher_spans(ctx)
        taken += named_spans
        for sp in para.doc.spans.get(SPAN_KEY, []):
            if _overlaps(para, sp, named_spans) or _local_body(para, sp):
                continue
            cands = base.candidates(sp.text)
            if not cands:
                continue
            if all(m == "metonym" for _, _, m, _ in cands) and not _is_participant(sp):
                continue
            resolved = base.resolve(sp.text, when=when, countries=ctx_countries)
            if resolved is None:
                continue
            method = next((m for a, _, m, _ in cands if a == resolved[0] or base.description_holder(a, when) == resolved[0]), "alias")
            first = _coordinated_adjective(para, sp, base, when, ctx_countries)
            if first is not None and not _overlaps(para, first[0], taken):
                fspan = para.span(ctx.doc_id, first[0].start_char, first[0].end_char)
                actors.append(ActorMention(span=fspan, surface=first[0].text, actor_id=first[1][0],
                                           confidence=round(first[1][1], 3), method="descriptive"))
                taken.append((fspan.char_start, fspan.char_end))
            span = para.span(ctx.doc_id, sp.start_char, sp.end_char)
            actors.append(ActorMention(span=span, surface=sp.text, actor_id=resolved[0],
                                       confidence=round(resolved[1], 3), method=method))
            taken.append((span.char_start, span.char_end))
        for ent in para.doc.ents:
            if ent.label_ != "ORG" or _overlaps(para, ent, taken) or is_headline(ent.sent):
                continue
            text = ent.text.strip()
            if len(text) < 2 or _ORG_JUNK.match(text) or text.lower() == text or looks_like_person(text, lang):
                continue
            resolved = base.resolve(text, when=when, countries=ctx_countries)
            if resolved is not None or base.candidates(text):
                if resolved is not None:
                    span = para.span(ctx.doc_id, ent.start_char, ent.end_char)
                    actors.append(ActorMention(span=span, surface=text, actor_id=resolved[0],
                                               confidence=round(min(resolved[1], 0.7), 3), method="model"))
                    taken.append((span.char_start, span.char_end))
                continue
            if ctx.knowledge.gazetteer is not None and any(
                c.country in (ctx_countries or ()) or c.is_country for c in ctx.knowledge.gazetteer.lookup(text)
            ):
                continue  # a place the model took for an organisation
            key = alias_key(text)
            if key.startswith("the "):
                key = key[4:]
            if not key:
                continue
            span = para.span(ctx.doc_id, ent.start_char, ent.end_char)
            new_orgs.append(ActorMention(span=span, surface=text, actor_id="org:" + key.replace(" ", "-"),
                                         confidence=0.5, method="model"))
        new_orgs += _named_orgs(ctx, para, lang, taken + [(o.span.char_start, o.span.char_end) for o in new_orgs])
        add_leaders_men(para, ctx.doc_id, base, actors, taken)
    _add_our_forces(ctx, actors, taken)
    _prefer_named_lineage(base, actors, ctx.anchor)
    _prefer_the_named_group(base, actors)
    _unnamed_franchise(ctx.document.text, base, actors)
    name_identified_generics(ctx.document.text, actors, lambda a: getattr(base.get(a), "kind", None) in ARMED_KINDS,
                             lambda a: getattr(base.get(a), "kind", None) in _MILITIAS,
                             lambda a: getattr(base.get(a), "kind", None) in ARMED_NON_STATE_KINDS)
    persons = find_persons(ctx, actors, taken)
    return actors, persons, new_orgs


def _add_our_forces(ctx: Context, actors: list[ActorMention], taken: list[tuple[int, int]]) -> None:
    """A communiqué printed as the document: « nos forces » are its issuer's side (``sitrep.analyse.letterhead``)."""
    ours = our_forces(ctx, taken)
    for start, end, words, side in ours:
        actors.append(ActorMention(span=Span(doc_id=ctx.doc_id, char_start=start, char_end=end), surface=words,
                                   actor_id=side, confidence=0.8, method="descriptive"))
    if ours:
        actors.sort(key=lambda m: m.span.char_start)


def _coordinated_adjective(para: Paragraph, sp, base, when, countries):
    """(span, resolution) of the first of two adjectives sharing the matched description's noun ("French and
    Chadian troops", "Malian and French soldiers": the French are named as much as the Chadians), or None: the
    adjective is read with the description's noun and resolved like any description."""
    if len(sp) < 2 or sp.start < 2 or sp[0].pos_ not in ("ADJ", "PROPN") or sp[-1].pos_ != "NOUN":
        return None
    cc, first = sp.doc[sp.start - 1], sp.doc[sp.start - 2]
    if cc.lower_ not in ("and", "et") or first.pos_ not in ("ADJ", "PROPN") or not first.text[:1].isupper():
        return None
    resolved = base.resolve(first.text + " " + sp[1:].text, when=when, countries=countries)
    return (sp.doc[first.i:first.i + 1], resolved) if resolved is not None else None


def _forward_chain(base, actor_id: str) -> list[str]:
    """``actor_id`` and every successor after it, oldest first (CMA → CSP-DPA → FLA)."""
    out = [actor_id]
    todo = [actor_id]
    while todo:
        for ln in sorted(base.successors(todo.pop()), key=lambda ln: ln.date):
            if ln.successor not in out:
                out.append(ln.successor)
                todo.append(ln.successor)
    return out


def _prefer_named_lineage(base, actors: list[ActorMention], anchor) -> None:
    """A description that follows a lineage ("Malian rebels", "the separatists") names the member of
    that lineage the article itself names, when it names one: an undated 2024 article about the
    CSP-DPA means the CSP-DPA by "Tuareg rebels", not the coalition current today.  A stated date
    still rules out members already succeeded by then (a 2026 article recalling the CMA of 2014
    does not make today's "Tuareg rebels" the CMA); with no member named the date decides alone."""
    named = {m.actor_id for m in actors if m.method == "alias"}
    if not named:
        return
    when = anchor.latest if anchor else None
    stated = anchor.earliest if anchor is not None and not anchor.is_estimate else None
    for m in actors:
        if m.method not in ("descriptive", "contextual"):
            continue
        for root, _, method, _ in base.candidates(m.surface):
            if method not in ("descriptive", "contextual") or root not in base.follows_lineage:
                continue
            if base.description_holder(root, when) != m.actor_id:
                continue  # resolved through another candidate than this lineage
            chain = _forward_chain(base, root)
            mentioned = [a for a in chain if a in named and (stated is None or base.holder_at(a, stated) == a)]
            if not mentioned or m.actor_id in mentioned:
                break
            held = chain.index(m.actor_id) if m.actor_id in chain else len(chain) - 1
            # the latest named member up to the one the date gives; else the earliest one after it
            before = [a for a in mentioned if chain.index(a) <= held]
            m.actor_id = before[-1] if before else mentioned[0]
            break


def _prefer_the_named_group(base, actors: list[ActorMention]) -> None:
    """A bare generic ("jihadists", "the jihadists") that the actor base reads by default as one franchise of a
    transnational movement (JNIM of al-Qaeda) names instead the one other such franchise the article itself
    names, when it names exactly one: a story of "suspected jihadists" whose attack "the Islamic State Sahel
    Province claimed" is about the ISSP, not the default group.  An article naming the default group too, or
    two others, keeps the default; a generic of another kind ("the rebels") is untouched."""
    named = {m.actor_id for m in actors if m.method == "alias"}
    for m in actors:
        if m.method != "contextual" or m.actor_id in named or not _franchise(base, m.actor_id):
            continue
        others = {a for a in named if _franchise(base, a)}
        if len(others) == 1:
            m.actor_id = others.pop()


def _unnamed_franchise(text: str, base, actors: list[ActorMention]) -> None:
    """Drop the default franchise a generic would take ("jihadists" read as JNIM) where the text names no group: "Suspected
    jihadists … No group has claimed the attack" (``said_unclaimed``), or "presumed jihadists attacked the market" with
    no group of the kind named (``guessed_doer``).  The doer stays unnamed (``sitrep.analyse.unclaimed``)."""
    unclaimed = said_unclaimed(text)
    if not unclaimed and any(m.method == "alias" and _franchise(base, m.actor_id) for m in actors):
        return
    actors[:] = [m for m in actors if m.method != "contextual" or not _franchise(base, m.actor_id)
                 or not (unclaimed or guessed_doer(text, m.span.char_start))]


def _franchise(base, actor_id: str) -> bool:
    """An armed group affiliated with a movement that has no country of its own (al-Qaeda, the Islamic State)."""
    actor = base.get(actor_id)
    if actor is None or actor.kind not in ARMED_NON_STATE_KINDS:
        return False
    parents = [base.get(a) for a in getattr(actor, "affiliations", None) or []]
    return any(p is not None and p.kind in ARMED_NON_STATE_KINDS and not p.country for p in parents)


_ORG_RE: dict[str, re.Pattern] = {}


def _org_pattern(lang) -> re.Pattern:
    """Capitalised names built on an organisation head word, with "for/of the X Y" complements."""
    key = lang.__name__
    if key not in _ORG_RE:
        cap = r"[A-Z][\w'’-]+"
        heads = "|".join(lang.ORG_HEADS)
        links = "|".join(lang.ORG_LINKS)
        arts = "|".join(re.escape(a) for a in lang.ARTICLES)
        _ORG_RE[key] = re.compile(
            rf"(?:{cap}\s+){{0,3}}(?:{heads})\b(?:\s+(?:{links})\s+(?:(?:{arts})\s+)?{cap}"
            rf"(?:\s+(?:(?:and|of|the|et|de|du|des)\s+)*{cap})*)?"
        )
    return _ORG_RE[key]


def _named_orgs(ctx: Context, para: Paragraph, lang, taken) -> list[ActorMention]:
    """Organisations the model missed, found by their head word (see ``_org_pattern``)."""
    if not hasattr(lang, "ORG_HEADS"):
        return []
    out = []
    text = para.text
    for m in _org_pattern(lang).finditer(text):
        words = m.group().split()
        if len(words) < 2:
            continue  # a bare "Front" or "Army" is not a name
        s, e = para.offset + m.start(), para.offset + m.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        sent = para.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if sent is None or is_headline(sent.sent):
            continue
        key = alias_key(m.group())
        out.append(ActorMention(span=para.span(ctx.doc_id, m.start(), m.end()), surface=m.group(),
                                actor_id="org:" + key.replace(" ", "-"), confidence=0.4, method="pattern"))
    return out


def _overlaps(para: Paragraph, ent, taken: list[tuple[int, int]]) -> bool:
    s, e = para.offset + ent.start_char, para.offset + ent.end_char
    return any(s < te and ts < e for ts, te in taken)


def _local_body(para: Paragraph, sp) -> bool:
    """The span names a commune's own authorities (``_LOCAL_BODY_AFTER``), not the state's."""
    text = para.text
    return bool(_LOCAL_BODY_AFTER.match(text, sp.end_char) or _LOCAL_BODY_BEFORE.search(text[:sp.start_char]))


def _is_participant(sp) -> bool:
    """A place name acting in the clause: subject, object, agent, or object of "with/against/by"
    (never a dateline's city, "BAMAKO, Oct 25 (AFP) - Rebels said…", parsed into the subject)."""
    tok = sp.root
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    if tok.dep_ in _METONYM_DEPS:
        return not (sp.start == sp.sent.start and CREDITED_OPENING.match(sp.sent.text))
    if tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return False
    if tok.dep_ != "pobj" or tok.head.lower_ not in _METONYM_PREPS:
        return False
    # "drivers coming from Algeria", "traders returning from Niger": a journey's origin, not a party; "near the border
    # with Mali", « la frontière avec le Niger »: the country across a border, a place
    if tok.head.lower_ in ("with", "avec") and tok.head.head.lemma_.lower() in ("border", "frontier", "boundary", "frontière"):
        return False
    return not (tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in _JOURNEY_VERBS)


# -----------------------------------------------------------------------------------------------
# persons


def _strip_titles(words: list[str], titles: set[str]) -> list[str]:
    while len(words) > 1 and fold_name(words[0]).strip(".") in titles:
        words = words[1:]
    return words


def person_key(name: str) -> str:
    """Spelling-tolerant key: per-word consonant skeletons ("Elmaouloud" and "Elmaould" → "elmld")."""
    return "-".join(s for s in (skeleton(w) for w in re.split(r"[\s\-]+", name)) if s)


def _kb_person(base, name: str):
    """The knowledge base's person for ``name`` (exact alias, else equal or close skeleton key)."""
    entry = base.person(name)
    if entry is not None:
        return entry
    from rapidfuzz import fuzz

    key = person_key(name)
    for p in base.persons:
        for n in [p.name, *p.aliases]:
            k = person_key(n)
            if k == key or (len(key) > 6 and fuzz.ratio(k, key) >= 85):
                return p
    return None


def find_persons(ctx: Context, actors: list[ActorMention], taken: list[tuple[int, int]]) -> list[PersonMention]:
    base = ctx.knowledge.actors
    gaz = ctx.knowledge.gazetteer
    lang = vocab(ctx.language)
    countries = ctx.countries or Counter()
    raw = []  # (paragraph, ent, stripped name words)
    focus = set(focus_countries(countries))
    for para in ctx.paragraphs:
        for ent in para.doc.ents:
            is_person = ent.label_ in ("PERSON", "PER") or (ent.label_ == "ORG" and looks_like_person(ent.text, lang)) \
                or titled_name(ent, lang, gaz, focus)
            if not is_person or _overlaps(para, ent, taken) or is_headline(ent.sent):
                continue
            ent = _extend_name(ent)
            titled = ent.start > 0 and fold_name(ent.doc[ent.start - 1].text).strip(".") in lang.TITLES
            words = _strip_titles(ent.text.replace("’s", "").replace("'s", "").split(), lang.TITLES)
            if not words:
                continue
            if len(words) == 1 and gaz is not None and is_known_place(gaz, words[0], focus):
                continue  # the model's "Gao" as PERSON: the places stage takes it
            if _SETTLEMENT_BEFORE.search(para.text[max(0, ent.start_char - 30):ent.start_char]):
                continue  # "the village of Nia Ouro": a place the model read as a name
            raw.append((para, ent, words, titled))
    # full names first, then short forms linked to a full name of the same document
    full: dict[str, str] = {}  # person key → fullest name seen
    for _, _, words, _ in raw:
        if len(words) >= 2:
            name = " ".join(words)
            key = person_key(name)
            if len(name) > len(full.get(key, "")):
                full[key] = name
    out: list[PersonMention] = []
    for para, ent, words, titled in raw:
        name = " ".join(words)
        key = person_key(name)
        kb = None
        if len(words) == 1:
            sk = skeleton(words[0])
            match = next((k for k in full if sk and sk in k.split("-")), None)
            if match:
                key, name = match, full[match]
            else:
                kb = _kb_person(base, name) if len(sk) >= 3 else None
                if kb is None and not titled:
                    continue  # a lone capitalised word never named in full: rarely a person
        else:
            name = full.get(key, name)
        kb = kb or _kb_person(base, name)
        if kb is not None:
            key, name = person_key(kb.name), kb.name
        affiliation, role = _affiliation(para, ent, actors, ctx, lang)
        if kb is not None:
            affiliation = affiliation or kb.affiliation
            role = role or kb.role
        span = para.span(ctx.doc_id, ent.start_char, ent.end_char)
        out.append(PersonMention(span=span, surface=ent.text, person_id=f"person:{key}", name=name,
                                 affiliation=affiliation, role=role))
    # one affiliation per person in a document: what the text said anywhere applies to all mentions
    stated = {p.person_id: (p.affiliation, p.role) for p in out if p.affiliation}
    for p in out:
        if not p.affiliation and p.person_id in stated:
            p.affiliation, p.role = stated[p.person_id][0], p.role or stated[p.person_id][1]
    return out


def _extend_name(ent):
    """The model often stops a name early ("Mohamed Elmaould | Ramadan"): take the following
    capitalised proper nouns into it."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.start < 6:
        tok = doc[end]
        if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper()):
            break
        end += 1
    return doc[ent.start:end] if end != ent.end else ent


def _affiliation(para: Paragraph, ent, actors: list[ActorMention], ctx: Context, lang) -> tuple[str | None, str | None]:
    """The actor the person speaks for when the sentence says so: a role word ("spokesman",
    "member", "leader") next to the name, and the actor mention closest to that role word."""
    sent = ent.sent
    best = None
    for tok in sent:
        role = lang.ROLE_WORDS.get(tok.lower_)
        if role is None:
            continue
        gap = max(ent.start_char - (tok.idx + len(tok)), tok.idx - ent.end_char, 0)
        if gap > 50:
            continue
        role_at = para.offset + tok.idx
        for m in actors:
            if not (para.offset + sent.start_char <= m.span.char_start < para.offset + sent.end_char):
                continue
            dist = max(m.span.char_start - (role_at + len(tok)), role_at - m.span.char_end, 0)
            if dist <= 45 and (best is None or dist < best[0]):
                best = (dist, m.actor_id, role)
    return (best[1], best[2]) if best else (None, None)


# ACLED names a demonstration's crowd by its country: "Protesters (Burkina Faso)" is actor 1 of every
# protest, "Rioters (Mali)" of every riot; a union, party or community that led it is associated
# with the crowd.  Excessive force against protesters is the force's act: the crowd is its target.
_CROWD_KIND = {"Protests": "protesters", "Riots": "rioters"}
_FORCE_AGAINST_PROTEST = "Excessive force against protesters"


def crowd_sides(ctx: Context, event_type: str, sub_event_type: str, country: str | None,
                side1: list[str], side2: list[str], assoc1: list[str], text: str = "") -> tuple[list[str], list[str], list[str]]:
    """(side1, side2, assoc1) of a protest or riot with the crowd as ACLED names it in ``country``:
    generic people ("residents", "youths", another country's protesters) give way to the crowd,
    named groups stay as its associates.  Unchanged for other events or a country the base has
    no crowd actor for."""
    kind = "protesters" if sub_event_type == _FORCE_AGAINST_PROTEST else _CROWD_KIND.get(event_type)
    base = ctx.knowledge.actors
    crowd = base.generic_actor(kind, country) if kind else None
    if crowd is None:
        return side1, side2, assoc1

    def generic(actor_id: str) -> bool:
        actor = base.get(actor_id)
        return actor is not None and actor.kind in GENERIC_KINDS

    if sub_event_type == _FORCE_AGAINST_PROTEST:
        others = [a for a in side2 if not generic(a) and a not in side1]
        return side1, [crowd, *others], assoc1
    named = [a for a in side1 if not generic(a)]
    side2 = mob_victims(ctx, sub_event_type, country, [a for a in side2 if a != crowd], text, crowd)
    return [crowd], side2, [*named, *(a for a in assoc1 if a not in named)]


_MOB_VIOLENCE = "Mob violence"


def mob_victims(ctx: Context, sub_event_type: str, country: str | None, side2: list[str], text: str,
                crowd: str | None = None) -> list[str]:
    """The side 2 of mob violence: ACLED codes the person a crowd beat, lynched or burned as a civilian of the
    country (« un commerçant soupçonné de vol a été lynché », "a mob beat to death a man accused of theft"), when
    the parse named no party struck and the sentence tells someone hurt or killed, or names one person; two crowds
    that fought each other (« des orpailleurs de deux villages se sont affrontés », "clashes between two groups of
    gold miners") are rioters on both sides, their dead no civilians struck by the other."""
    if sub_event_type != _MOB_VIOLENCE or side2:
        return side2
    mutual = getattr(vocab(ctx.language), "MUTUAL_FIGHT", None)
    if crowd is not None and mutual and re.search(mutual, text, re.IGNORECASE):
        return [crowd]  # (the fight made it mob violence: ``events.communal.crowds_fighting``; here only who fought)
    civilians = ctx.knowledge.actors.generic_actor("civilians", country)
    if civilians is None or not (_one_person(ctx.language).search(text) or any(
            f is not None and f.low for f in find_fatalities(text, ctx.language))):
        return side2
    return [civilians]


@lru_cache(maxsize=4)
def _one_person(language: str) -> re.Pattern[str]:
    from sitrep.analyse.fatality_words import vocab as casualty_vocab

    article = r"(?:a|an)" if language == "en" else r"(?:un|une)"
    return re.compile(rf"\b{article}\s+(?:[\w'’\-]+\s+){{0,2}}?{casualty_vocab(language)[0]['role']}\b", re.IGNORECASE)
