"""Stage: place mentions resolved against the gazetteer.

Recognition: every run of capitalised words (hyphenated forms like "Ti-n-Zaouâtene" included) is
looked up in the gazetteer by its transliteration-tolerant key, longest sub-run first.  A hit is kept
when the model called it a place (GPE/LOC/FAC), or when it is a proper noun and either lies in one of
the document's countries, follows a locative preposition ("in", "near", "towards"), or is a country.
The model's place entities that the gazetteer lacks stay as unresolved mentions (``place_id`` None).

Disambiguation scores each candidate by feature (capital > admin seat > town > area > water point),
population, and the document's country context (its actors and country names), so the Kidal in
Indonesia loses in an article about Mali.  A near-miss spelling falls back to fuzzy matching among
the names of the document's countries only.
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from sitrep.analyse.actors import country_context, focus_countries, is_headline, settle_generic_actors
from sitrep.analyse.context import Context, Paragraph, Ranges, doc_text
from sitrep.analyse.landmarks import is_count_word, names_landmark
from sitrep.analyse.lang import vocab
from sitrep.analyse.nlp import SPAN_KEY
from sitrep.analyse.place_anchors import route_ends
from sitrep.analyse.place_pins import _FACILITY_AFTER_NAME as _FACILITY_WORD
from sitrep.analyse.place_spellings import community_names, named_or_quarter
from sitrep.analyse.place_stretches import second_end
from sitrep.analyse.place_variants import in_text_order_without_far_variants, variant_hit
from sitrep.analyse.place_cohesion import (bracket_country_shares, bracket_qualifiers, group_home_shares, home_region,
                                          own_countries, sole_country_shares, unit_word_before)
from sitrep.analyse.place_home import home_reading
from sitrep.analyse.place_capitals import capital_mentions
from sitrep.analyse.place_parks import park_mentions
from sitrep.analyse.place_choice import choose
from sitrep.analyse.place_one_sense import one_sense_per_article
from sitrep.analyse.place_unit_countries import compass_only, unit_countries
from sitrep.analyse.place_resolution import resolved_mentions, SETTLEMENT
from sitrep.analyse.place_entity_words import common_word_abroad, no_place_name as _no_place_name, opens_person_named_institution, \
    closes_titled_name_of_institution, opens_town_institution, opens_broadcaster, opens_name_as_article
from sitrep.analyse.place_name_context import (
    BETWEEN_END, PLACE_CUES, SETTLEMENT_BEFORE, SITE_OF_SETTLEMENT_BEFORE, UNIT_AFTER, UNITS_BRACKET_AFTER, called_an_area, entity_after_cue,
    NAME_OF_ONE_UNIT, QUALIFIED_NAME, near_named, opening_label, owned_by, placed_by_bracket, settled_at_home,
)
from sitrep.ingest.outlet_mentions import document_outlet_mentions
from sitrep.knowledge.gazetteer import Candidate, Gazetteer
from sitrep.knowledge.names import fold_place_name as _fold
from sitrep.model import PlaceMention

log = logging.getLogger(__name__)


_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:de|du|des|la|le|el|al|of|d'|l')[ \t]+)?{_WORD})*")
_MAX_WORDS = 4
_NAME_WORD = re.compile(r"\S+?(-(?:based|born|led|backed|run|owned|linked|allied|affiliated|bound))?(?=\s|$)")
_POSSESSIVE = re.compile(r"['’]s?$")
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NAME_LABELS = {"ORG", "PERSON", "PER", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
_PLACEISH_LABELS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "PER", "MISC"}
_SETTLEMENT_NAME = re.compile(
    r"\b(?:village|town|locality|hamlet|localité|hameau)\s+(?:of|de|d['’])\s*"
    r"(?P<name>[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*(?:\s+[A-ZÀ-Þ][\w'’]+(?:-[\w'’]+)*){0,2})")
# "Guiedougou (Lanfiera, Sourou)": inside the bracket that follows a name, its commune and province
_BRACKET_QUALIFIER = re.compile(r"[A-ZÀ-Þ][\w'’-]*\s*\((?:[^()]*,\s*)?$")
_CODED_AS_BEFORE = re.compile(r"\bcoded\s+(?:as|at|in)\s*$", re.IGNORECASE)
_SKIP_WORDS = {"the", "a", "an", "in", "on", "at", "of", "and", "but", "for", "with", "from", "by", "to", "as"}


def find_places(ctx: Context) -> list[PlaceMention]:
    """The document's place mentions: names recognised paragraph by paragraph in the countries the document is
    about, those countries sharpened by the places found, the hits that waited for them decided, then each name
    resolved to a gazetteer entry (``place_resolution``)."""
    gaz: Gazetteer | None = ctx.knowledge.gazetteer
    lang = vocab(ctx.language)
    countries, reading = _document_countries(ctx, gaz, lang)
    blocked = _blocked_ranges(ctx)
    found: list[tuple[Paragraph, int, int, str, list[Candidate], bool, bool]] = []
    pending: list = []  # gazetteer hits without enough evidence yet
    for para in ctx.paragraphs:
        found += _recognise(ctx, para, reading, lang, countries, blocked, pending)
    local = _sharpened_countries(gaz, found, pending, countries)
    _decide_pending(gaz, lang, found, pending, local)
    in_text_order_without_far_variants(gaz, found, countries)
    out = resolved_mentions(ctx, gaz, lang, found, countries, local)
    settle_generic_actors(ctx, out := one_sense_per_article(out))  # a recurring name is one village, not two
    return out  # and the places say whose "soldiers" and "residents" they are


def _document_countries(ctx: Context, gaz: Gazetteer | None, lang) -> tuple[dict[str, float], Gazetteer | None]:
    """The countries the document is about, with their shares, and the gazetteer reading of its home (the Sahel
    villages only in a story from there, ``home_reading``)."""
    countries = focus_countries(country_context(ctx))
    reading = home_reading(gaz, countries, ctx.paragraphs, lang)  # no Sahel villages in a story from elsewhere
    told = unit_countries(ctx.paragraphs, gaz)  # "in Gwoza LGA of Borno state": the units' country, not the Sahel's
    countries = {**told, **countries}
    if region := home_region(gaz, {**told, **own_countries(ctx, countries)}):
        # the countries whose dumps the user imported (and the Sahel table's): a note naming no country, or
        # only a group active across borders ("JNIM militants killed ..."), is read there, after its own
        countries = group_home_shares(ctx, {**{cc: 0.5 for cc in sorted(region)}, **countries})  # sorted: stable order
    return countries, reading


def _sharpened_countries(gaz: Gazetteer, found: list, pending: list, countries: dict[str, float]) -> dict[str, float]:
    """The country shares once the places found so far have voted: a document naming Bamako is about Mali."""
    local = dict(countries)
    seen: Counter = Counter()
    for _, _, _, surface, cands, _, region in found:
        if cands:
            # choose by the name as written: choosing by the first candidate's name ("Berlin" for
            # "Ber") let a foreign capital vote for its own country and then win the real choice
            key_surface = re.sub(r"\s+\w+$", "", surface) if region else surface
            seen[choose(cands, key_surface, countries, exact=gaz.exact_ids(key_surface))[0].country] += 1
    for cc, n in seen.items():
        if cc and cc not in local:
            local[cc] = min(0.3 + 0.2 * n, 1.0)
    local.update(sole_country_shares(gaz, found, local))
    local.update(bracket_country_shares(found, pending, local))
    return local


def _decide_pending(gaz: Gazetteer, lang, found: list, pending: list, local: dict[str, float]) -> None:
    """Add to ``found`` the hits that waited for the sharpened countries ("reached Gao and Timbuktu")."""
    strong = {cc: share for cc, share in local.items() if share >= 0.5}
    # one sense per discourse: a name the article already uses as a place is that place where it
    # recurs, even where the model reads it as a person ("patrolling Tinzawaten")
    known = {_fold(f[3]) for f in found if f[4]}
    for para, s, e, surface, cands, label in pending:
        if (strong and _accept(para.doc, s, e, cands, strong, lang, label, gaz.exact_ids(surface))) \
                or _fold(surface) in known:
            found.append((para, s, e, surface, cands, False, _followed_by_region(para.text, e, lang)))


def _community(text: str, start: int, surface: str) -> bool:
    """True for an ethnic or community name used for people ("Dogon militiamen", "les Peuls"): never
    a place, unless the text calls it a settlement ("the village of Bozo")."""
    key = _fold(_POSSESSIVE.sub("", surface)).lower()
    if key not in community_names():
        return False
    return not SETTLEMENT_BEFORE.search(text[max(0, start - 30):start])


# an organisation named for its purpose: "the Alliance for the Defense of the Homeland", "Front pour
# la Libération du Sahel": its words are no places of their own.  The purpose must go on through
# "of"/"de" ("left Gao for Kidal" is a journey; "in" leads to a real place, "… Studies in Washington")
_CAP = r"[A-ZÀ-Þ][\w'’-]+"
_PURPOSE_NAME = re.compile(
    rf"{_CAP}(?:\s+{_CAP})*\s+(?:for|pour)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?{_CAP}(?:\s+{_CAP})*"
    rf"(?:\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+)?{_CAP}(?:\s+{_CAP})*)+")


# a capital named for the rulers who sit there ("the Bamako junta's army", "the Niamey regime", « la junte de
# Ouagadougou »): the government, not where a deed happened
_RULERS_SEAT = re.compile(rf"(?P<seat>{_CAP})(?:['’]s)?\s+(?:junta|regime|military\s+rulers)\b"
                          rf"|\b(?:junte|r[ée]gime)\s+(?:de\s+|d['’])(?P<seat_fr>{_CAP})")


# the area a group's branch is named for ("the Islamic State group's Sahel branch", "al-Qaeda's West Africa affiliate"):
# the branch, a party, not where a deed happened
_GROUPS_BRANCH = re.compile(rf"['’]s\s+(?P<area>{_CAP}(?:\s+{_CAP})?)\s+(?:branch|affiliate|franchise|wing|offshoot)\b")


# a person's name holds no conjunction and no bracket: a "person" that does is a list the model misread
_NOT_ONE_NAME = re.compile(r"\s(?:and|et)\s|[()]")


def _blocked_ranges(ctx: Context) -> Ranges:
    """Character ranges a place cannot start in: actor names (not metonyms) and persons."""
    base = ctx.knowledge.actors
    ranges = []
    for para in ctx.paragraphs:
        for sp in para.doc.spans.get(SPAN_KEY, []):
            if any(m != "metonym" for _, _, m, _ in base.candidates(sp.text)):
                # with the bracket that follows an actor's name: "ISWAP (Greater Sahara)", "Katiba
                # Macina (JNIM)" name the group, not a place
                bracket = re.match(r"\s*\([^()]{1,40}\)", para.text[sp.end_char:])
                end = sp.end_char + (bracket.end() if bracket else 0)
                ranges.append((para.offset + sp.start_char, para.offset + end))
    gaz = getattr(ctx.knowledge, "gazetteer", None)
    for p in ctx.persons:
        if _NOT_ONE_NAME.search(p.surface):
            continue  # "Anderamboukane and Inekar (Menaka": the model's person over a list of places and a bracket
        if placed_by_bracket(ctx.document.text, p.span.char_start, p.span.char_end) \
                or opening_label(ctx.document.text, p.span.char_start, p.span.char_end):
            continue  # "shot dead a fisherman in Nouh Bozo (Kareri, Tenenkou)", "Fada N'Gourma: ...": the model's person is the place
        if gaz is not None and BETWEEN_END.search(ctx.document.text[max(0, p.span.char_start - 12):p.span.char_start]) \
                and any(c.feature_class == "P" for c in gaz.lookup(p.surface) if c.geonameid in gaz.exact_ids(p.surface)):
            continue  # "between Fada N'Gourma and Pama": a town's whole name where a stretch's end stands
        ranges.append((p.span.char_start, p.span.char_end))
    for para in ctx.paragraphs:
        for m in _PURPOSE_NAME.finditer(para.text):
            ranges.append((para.offset + m.start(), para.offset + m.end()))
        ranges += [(para.offset + m.start("area"), para.offset + m.end("area")) for m in _GROUPS_BRANCH.finditer(para.text)]
        for m in _RULERS_SEAT.finditer(para.text):
            seat = "seat" if m.group("seat") else "seat_fr"
            ranges.append((para.offset + m.start(seat), para.offset + m.end(seat)))
        # a weekday opening a sentence ("Mercredi, une compagnie…"): the model may call it a place
        ranges += [(para.offset + m.start(), para.offset + m.end()) for m in _WEEKDAY.finditer(para.text)]
        ranges += [(para.offset + m.start(), para.offset + m.end()) for m in _DATED_MONTH.finditer(para.text)]
    # the outlet's own name and the outlets it credits ("Le Sahel", « a appris Studio Tamani ») are no places
    ranges += [(m.start, m.end) for m in document_outlet_mentions(ctx.document)]
    return Ranges(ranges)


# the weekdays the date readers know (``lang.*.WEEKDAYS``), in either language
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(sorted({*vocab('en').WEEKDAYS, *vocab('fr').WEEKDAYS}))})\b", re.I)
# a month beside its day or year ("On 17 May 2012", "May 17", « le 3 mai ») is a date, never a place ("May" is Niger's Moy)
_MONTH = "|".join(sorted({*vocab("en").MONTHS, *vocab("fr").MONTHS}, key=len, reverse=True))
_DATED_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:{_MONTH})\b|\b(?:{_MONTH})\s+\d{{1,4}}\b", re.I)


def _recognise(ctx, para: Paragraph, gaz, lang, countries: dict[str, float], blocked, pending: list) -> list:
    doc = para.doc
    text = para.text
    ents = {}
    for ent in doc.ents:
        for i in range(ent.start_char, ent.end_char):
            ents[i] = ent.label_
    covered: set[int] = set()
    out = route_ends(para, gaz, lang, covered, blocked)  # first: a dash ("the Kaya–Dori road") splits the run
    skip = set(lang.MONTHS) | set(lang.WEEKDAYS) | lang.TITLES | lang.COMPASS
    for run in _RUN.finditer(text):
        words = _name_words(run)
        i = 0
        while i < len(words):
            hit = None
            for j in range(min(len(words), i + _MAX_WORDS), i, -1):
                s, e = words[i][0], words[j - 1][1]
                surface = _POSSESSIVE.sub("", text[s:e])
                e = s + len(surface)
                compass = _compass_area(gaz, text, e, surface, lang)  # "the North region": Nord
                if _fold(surface) in _SKIP_WORDS or (_fold(surface) in skip and not compass):
                    continue
                cands = compass or ([] if common_word_abroad(text, s, surface, gaz, countries) else settled_at_home(text, s, named_or_quarter(gaz, surface), countries))
                # English words of the compass name a unit only with its word ("Far North Dallas" is none, "the Far North
                # region" is; French ones, "Est", "Centre-Nord", name Sahel regions as brackets write them)
                if cands and (compass or not compass_only(surface, english=True) or _followed_by_region(text, e, lang)):
                    hit = (s, e, surface, cands, False)
                    break
            if hit is None and (hit := variant_hit(gaz, text, words, i, countries, skip)) is not None:
                j = hit[5]  # "Diabaly": the village GeoNames spells "Diabali"
            if hit is None or (i == 0 and _settlement_named_whole(text, words, j, skip)):  # « hameau de Kourfa Koira »
                i = i + 1 if hit is None else len(words)
                continue
            s, e, surface, cands, region = hit[:5]
            if i == 0 and j < len(words) and _whole_before_bracket(text, words[j:], lang) and not blocked.overlaps(s + para.offset, e + para.offset):
                # "Sobane Da (Sangha, Bandiagara)": the whole run names the village the bracket places, not its first word's
                # namesake elsewhere (an actor's is none: « poste FAMa de X (A, B) » names X); the bracket's units pin it
                e, j = words[-1][1], len(words)
                surface = text[s:e]
            i = j
            abs_s, abs_e = para.offset + s, para.offset + e
            coded = _cued_as_place(gaz, para, s, e, cands, countries)
            if (blocked.overlaps(abs_s, abs_e) and not coded) or _community(text, s, surface) \
                    or not covered.isdisjoint(range(s, e)):  # or an end of a road already read as such
                continue
            label = ents.get(s)
            model_place = label in _PLACE_LABELS or coded
            if names_landmark(text, s, e, surface) or is_count_word(surface):
                covered.update(range(s, e))  # a landmark's or a count's word, whatever the model reads there
                continue
            if not _plausible(doc, s, e, surface, cands, countries, gaz, model_place):
                continue
            if not model_place and not _accept(doc, s, e, cands, countries, lang, label, gaz.exact_ids(surface)):
                pending.append((para, s, e, surface, cands, label))
                continue
            region = region or _followed_by_region(text, e, lang)
            if region:  # the mention is the region: "the Kidal region"
                e, surface = _through_unit_word(text, s, e)
            out.append((para, s, e, surface, cands, model_place, region))
            covered.update(range(s, e))
    out += _unknown_settlements(para, ents, covered, blocked, lang)
    out += bracket_qualifiers(para, gaz, countries, covered, blocked)
    out += capital_mentions(para, gaz, lang, covered, blocked) + park_mentions(para, gaz, countries, covered, blocked)
    # model place entities the gazetteer does not know: fuzzy within the document's countries, else unresolved
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS or any(i in covered for i in range(ent.start_char, ent.end_char)):
            continue
        abs_s, abs_e = para.offset + ent.start_char, para.offset + ent.end_char
        if blocked.overlaps(abs_s, abs_e):
            continue
        surface = re.sub(r"^(?:the|The)\s+", "", ent.text)
        start = ent.end_char - len(surface)
        country = gaz is not None and any(c.is_country for c in gaz.lookup(surface))
        if _no_place_name(ent, surface, country, gaz) or _community(text, start, surface) or common_word_abroad(text, start, surface, gaz, countries):
            continue
        cands = settled_at_home(text, start, gaz.lookup(surface) if gaz else [], countries)  # "US" in "US-Israel"
        if not cands and gaz is not None and countries:
            cands = [c for c, _ in gaz.fuzzy(surface, sorted(countries, key=lambda cc: -countries[cc])[:3])][:3]
        out.append((para, start, ent.end_char, surface, cands, True, _followed_by_region(text, ent.end_char, lang)))
    return out


def _name_words(run: re.Match) -> list[tuple[int, int]]:
    """(start, end) of each word of a capitalised run, less an adjective's suffix ("New York-based": New York)."""
    return [(m.start() + run.start(), m.end() + run.start() - len(m.group(1) or "")) for m in _NAME_WORD.finditer(run.group())]


def _cued_as_place(gaz, para: Paragraph, s: int, e: int, cands: list[Candidate], countries: dict[str, float]) -> bool:
    """Whether the text itself says the name at ``s``–``e`` is a place, whatever the model reads: a coder's location
    note ("(coded as Douentza at geoprecision 2)"), a note's opening label ("Tahoua: gunmen killed ..."), which no
    sentence frames, or the word of its unit before an area's name, which the model may read as a person's (« la
    province de la Kossi », Kossi being a first name too), or a site's noun before a settlement's whole name of the
    document's countries (« le marché de Dingazi Banda »)."""
    text = para.text
    return bool(_CODED_AS_BEFORE.search(text[max(0, s - 20):s])) or _opening_label(gaz, para, s, e, cands, countries) \
        or (unit_word_before(text, s) and any(c.is_admin for c in cands)) \
        or (bool(SITE_OF_SETTLEMENT_BEFORE.search(text[max(0, s - 40):s]))
            and _exact_settlement_at_home(gaz, text[s:e], cands, countries))


def _exact_settlement_at_home(gaz, surface: str, cands: list[Candidate], countries: dict[str, float]) -> bool:
    """A settlement of the document's countries the gazetteer spells exactly ``surface``."""
    exact = gaz.exact_ids(surface)
    return any(c.geonameid in exact and c.country in countries and c.feature_class == "P" for c in cands)


def _settlement_named_whole(text: str, words: list[tuple[int, int]], j: int, skip: set[str]) -> bool:
    """Whether a settlement noun introduces the whole run (« le hameau de Kourfa Koira », "the village of Tondi
    Kiwindi") of which the gazetteer knows only the first ``j`` words: the run is the small place's own name, left
    to ``_unknown_settlements`` and the place the text pins it to, not the namesake of its first word elsewhere."""
    if not 0 < j < len(words) or len(words) > 3 or any(_fold(text[a:b]) in skip for a, b in words[j:]):
        return False
    found = [m for m in _SETTLEMENT_NAME.finditer(text, max(0, words[0][0] - 30), words[-1][1])]
    return any(m.start("name") == words[0][0] and m.end("name") == words[-1][1] for m in found)


def _opening_label(gaz, para: Paragraph, s: int, e: int, cands: list[Candidate], countries: dict[str, float]) -> bool:
    """Whether the name at ``s``–``e`` opens the document as its place's label ("Tahoua: gunmen ...",
    ``opening_label``), spelled as a town or area of the document's countries spells it: an ACLED note's
    opening category ("Looting: On 28 October ...") reaches a village only through a near spelling."""
    if para.offset or not opening_label(para.text, s, e):
        return False
    exact = gaz.exact_ids(para.text[s:e])
    return any(c.geonameid in exact and c.country in countries and c.feature_class in ("P", "A") for c in cands)


def _unknown_settlements(para: Paragraph, ents: dict, covered: set[int], blocked, lang) -> list:
    """Names neither the gazetteer nor the model knows that the text still says are settlements: "the
    village of Guiedougou", "Ogossagou (Bankass, Mopti)", "Gathi-Loumo (Youwarou cercle)", "in Sarro, 30 km
    southeast of Ké-Macina".  Unresolved, and kept only where they are
    pinned to the known place that follows (``_pins``), where the event is then coded."""
    out = []
    text = para.text
    # "at Mohabundu, not far from Bankass" and "in Sarro, about 30 km southeast of Ké-Macina" alike
    placed_from = near_named(f"(?:{lang.PIN_NEAR}|{lang.PIN_DISTANCE})")
    for pattern in (_SETTLEMENT_NAME, QUALIFIED_NAME, NAME_OF_ONE_UNIT, placed_from):
        for m in pattern.finditer(text):
            s, e = m.span("name")
            name = m.group("name")
            if any(i in covered or ents.get(i) in _PLACE_LABELS for i in range(s, e)) \
                    or blocked.overlaps(para.offset + s, para.offset + e) or _community(text, s, name):
                continue
            out.append((para, s, e, name, [], SETTLEMENT, False))
            covered.update(range(s, e))
    return out


_BRACKET_AFTER = re.compile(r"\s*\([A-ZÀ-Þ][^()]{0,60},[^()]{1,60}\)")


def _whole_before_bracket(text: str, rest: list[tuple[int, int]], lang) -> bool:
    """Whether the words ``rest`` left after a name's hit end its run right before a bracket of units, and
    are no unit or facility word ("the Kidal Region (…)", "Boni Camp (…)" keep their own reading)."""
    words = [text[a:b].lower().strip(".,;") for a, b in rest]
    # or right before the words that place it near the next name: "Sobane Da near Sangha" is one village
    # near Sangha, not a Soban 68 km off followed by a stray "Da"; "Wouro Sirabé, 15 km from Boni" one
    # hamlet 15 km from Boni, not a well "Wouro" of Niger followed by a stray "Sirabé"
    near = re.match(rf",?\s+(?:{lang.PIN_NEAR}|{lang.PIN_DISTANCE})\s*[A-ZÀ-Þ]", text[rest[-1][1]:])
    return (len(words) <= 2 and (_BRACKET_AFTER.match(text, rest[-1][1]) is not None or near is not None)
            and not any(w in lang.REGION_WORDS or _FACILITY_WORD.match(" " + w) for w in words))


def _through_unit_word(text: str, s: int, e: int) -> tuple[int, str]:
    """The mention stretched over the unit word after it ("Kidal" → "Kidal region")."""
    m = re.match(r"\s+\w+", text[e:])
    e += m.end() if m else 0
    return e, text[s:e]


def _followed_by_region(text: str, end: int, lang, but: frozenset[str] = frozenset()) -> bool:
    """Whether the word after ``end`` is one of the language's unit words (less those in ``but``)."""
    nxt = text[end:end + 15].split()
    word = nxt[0].lower().strip(".,;") if nxt else ""
    return word in lang.REGION_WORDS and word not in but


def _compass_area(gaz, text: str, end: int, surface: str, lang) -> list[Candidate]:
    """The admin areas an English compass name followed by a unit word stands for ("the North region",
    "Centre-East region": Nord, Centre-Est, ``AREA_COMPASS``); none for any other name."""
    words = getattr(lang, "AREA_COMPASS", None)
    parts = re.split(r"[- ]", surface.lower())
    if gaz is None or not words or not all(w in words for w in parts) or not _followed_by_region(text, end, lang):
        return []
    return [c for c in gaz.lookup("-".join(words[w] for w in parts)) if c.is_admin]


# a place a name opening an institution is more likely to be than a person: a division, a seat, a town
TOWN_OF_NOTE_POPULATION = 10_000


def _of_note(c: Candidate) -> bool:
    return c.is_admin or (c.feature_code or "").startswith(("PPLA", "PPLC")) or c.population >= TOWN_OF_NOTE_POPULATION


def _plausible(doc, s: int, e: int, surface: str, cands: list[Candidate], countries, gaz, model_place: bool) -> bool:
    """Cheap vetoes before weighing the evidence of a gazetteer hit."""
    exact = gaz.exact_ids(surface)
    exact_cands = [c for c in cands if c.geonameid in exact]
    # short capitals ("TB", "FAO", "DOH") match airport codes and abbreviations: countries
    # ("US", "UK") and places named exactly so only
    if surface.isupper() and len(surface) <= 4 and not any(c.is_country or _fold(c.name) == _fold(surface) for c in cands):
        return False
    # outside the document's countries, a transliterated match ("Harden" ~ "Hardin") needs the model's word
    if not exact_cands and not any(c.country in countries for c in cands) and not model_place:
        return False
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return False
    if opens_broadcaster(doc_text(doc), e) and not any(c.is_country or _of_note(c) for c in cands) or opens_name_as_article(doc_text(doc), s, e):
        return False  # "Joliba TV": a station's name; "La Francophonie": an article opening a name, though villages are called so
    if (opens_person_named_institution(doc_text(doc), e) or closes_titled_name_of_institution(doc_text(doc), s, e)) \
            and not any(_of_note(c) for c in cands):
        # "Students of Abdou Moumouni University": a person's name, though a hamlet is called so; a town of
        # note opening one ("Bamako Olympic Stadium", "Winnipeg Animal Emergency Hospital") is that town
        return False
    # a word inside a larger organisation or person name ("Xavier University", "Jack Campbell")
    tok_before = doc[span.start - 1] if span.start > 0 else None
    tok_after = doc[span.end] if span.end < len(doc) else None
    # (a name the note's opening label or a coder's note makes a place is one whatever the model folds it into:
    # "Ansongo - Gunmen shot dead ..." read as one organisation)
    inside = not model_place and any(t is not None and t.ent_type_ in _NAME_LABELS and t.ent_iob_ in ("B", "I")
                                     and t.ent_type_ == span[0].ent_type_
                                     and not (t is tok_after and (t.ent_iob_ == "B" or owned_by(t, span))) for t in (tok_before, tok_after))
    if inside and span[0].ent_type_ in _NAME_LABELS and not (tok_before is not None and tok_before.lower_ in PLACE_CUES) \
            and not entity_after_cue(doc, span.start) and not _BRACKET_QUALIFIER.search(doc_text(doc)[max(0, s - 60):s]) \
            and not UNIT_AFTER.match(doc_text(doc), e) and not UNITS_BRACKET_AFTER.match(doc_text(doc), e) \
            and not (opens_town_institution(doc_text(doc), e) and any(c.country in gaz.detailed for c in cands)):
        # (but where the gazetteer knows the villages, the region worked on, "the Tillabéri Regional Hospital"
        # stands in Tillabéri: its notes name sites after their towns)
        return False
    return True


def _accept(doc, s: int, e: int, cands: list[Candidate], countries: dict[str, float], lang, label: str | None,
            exact_ids: set[int] = frozenset()) -> bool:
    """Whether a gazetteer hit the model did not call a place is a place mention."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or is_headline(span.sent) and label not in _PLACE_LABELS:
        return False
    first = span[0]
    before = doc_text(doc)[max(0, s - 60):s]
    if (SETTLEMENT_BEFORE.search(before) or re.search(lang.NEAR_BEFORE, before, re.IGNORECASE)) and any(
            c.country in countries and (c.feature_class in ("P", "A") or c.geonameid in exact_ids) for c in cands):
        return True  # "the village of Dablo", "near Thiou": named as a settlement, whatever the model says
    if second_end(before, lang.__name__.rsplit(".", 1)[-1]) and any(
            c.country in countries and c.feature_class in ("P", "A") for c in cands):
        return True  # "the road linking Dori to Sebba": a stretch's second end
    if _BRACKET_QUALIFIER.search(before) and any(
            c.country in countries and c.feature_class in ("P", "A") for c in cands):
        return True  # "Guiedougou (Lanfiera, Sourou)": the commune and province a place lies in
    if UNITS_BRACKET_AFTER.match(doc_text(doc), e) and any(
            c.country in countries and c.feature_class in ("P", "A") or _of_note(c) for c in cands):
        return True  # "Nassoumbou (Soum): …", and a town of note of any country: "Bouake (Gbeke, Vallee du Bandama)"
    if _followed_by_region(doc_text(doc), e, lang, but=frozenset(("state", "area"))) and any(
            c.country in countries and c.feature_class in ("P", "A") for c in cands):
        return True  # "the Gourma-Rharous cercle", "Soum province": a unit of the document's countries
    if unit_word_before(doc_text(doc), s) and any(c.country in countries and c.is_admin for c in cands):
        return True  # « dans la province de la Kossi », "in the department of Torodi": the unit so named
    if label is None:
        label = next((t.ent_type_ for t in span if t.ent_type_), None)
    if label is not None and label not in _PLACEISH_LABELS:
        label = None  # "Two" as CARDINAL says nothing about a place
    if not any(t.pos_ == "PROPN" for t in span) and label is None:
        return False
    prev = doc[first.i - 1] if first.i > 0 else None
    after_locative = prev is not None and prev.lower_ in lang.LOCATIVE_PREPOSITIONS
    if label == "NORP" or span.root.pos_ == "ADJ":
        # "Malian", "Tuareg" are nationalities; the model also calls "Kidal" NORP: an exact place
        # name of the document's countries, or one after "in/near/towards", is a place
        called_place = called_an_area(doc_text(doc), e) and _fold(span.text).lower() not in community_names()
        return any((_fold(c.name) == _fold(span.text) or (called_place and c.geonameid in exact_ids))
                   and (c.country in countries or after_locative) for c in cands)
    if any(c.is_country for c in cands):
        return True
    exact = any(_fold(c.name) == _fold(span.text) or c.geonameid in exact_ids for c in cands)
    # a place of the document's countries: named exactly, or cued by the model or a preposition
    # (a transliterated match alone, "Harris" ~ "Harissé", is not enough)
    if any(c.country in countries and c.feature_class in ("P", "A", "L", "H", "S") for c in cands):
        # the model's PERSON label is no evidence of a place (it also calls "Harris" a person); the
        # object of "control/capture/attack..." is, and so is a name coordinated with a place
        root = span.root
        head = root
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        verb_object = head.dep_ in ("dobj", "pobj") and head.head.lemma_ in lang.PLACE_VERBS
        with_place = any(t.ent_type_ in _PLACE_LABELS for t in (*root.conjuncts, head) if t is not root)
        return exact or (label is not None and label not in ("PERSON", "PER")) or after_locative or verb_object or with_place
    return after_locative and label is not None
