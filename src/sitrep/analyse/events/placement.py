"""Where an event happened: the place in its sentence (the territory taken for a territorial
change, the sub-national place in the document's country first), not where a statement was made;
else the place of the event referred back to, a capital for a government's national decision, or
the document's most-mentioned place at lower precision."""

from __future__ import annotations

from functools import lru_cache
import re

from sitrep.analyse.context import Context
from sitrep.analyse.lang import vocab
from sitrep.analyse.events.args import governed_by_reporting, Sentence
from sitrep.analyse.events.between_bracket import located_end
from sitrep.analyse.events.fronted_place import fronted_where_told
from sitrep.analyse.events.institution_place import hospitals_aside
from sitrep.analyse.events.cues import INHERITED_CONFIDENCE, MEDIUM_NOUNS
from sitrep.analyse.events.refers_back import in_round_up_paragraph, refers_back
from sitrep.analyse.events.road_spot import spot_after_road
from sitrep.analyse.events.decision import acled_coding, Decision
from sitrep.analyse.events.note_label import label_place
from sitrep.analyse.events.national_place import capital_of, nationwide_capital, unplaced_national_act
from sitrep.analyse.events.mentions import actors_in, after_since, dominant_country, is_country, places_in, within_sentence
from sitrep.analyse.events.syntax import clause_verb, past_clause_of, token_for_match, within_clause
from sitrep.analyse.events.journey_ends import before_journey_ends, ends_on, in_bracket_after, journey_end, journey_ends, text_before
from sitrep.analyse.events.protest_causes import CROWD_LABELS
from sitrep.analyse.events.protest_place import without_demands
from sitrep.analyse.events.recalled import in_recalled_incident
from sitrep.analyse.events.told_after import told_right_after
from sitrep.analyse.events.unnamed_village import (
    in_a_dated_recall, named_only_in_recalls, unnamed_settlement, village_near_named_later,
)
from sitrep.analyse.events.types import STRATEGIC
from sitrep.analyse.place_anchors import COMMUNE_KM
from sitrep.analyse.place_clauses import deed_place
from sitrep.analyse.place_name_context import inside_bracket, names_own_unit
from sitrep.analyse.place_variants import variant_spelling
from sitrep.analyse.place_offsets import lies_as_told, with_offset_precision
from sitrep.analyse.place_seats import at_seat
from sitrep.analyse.place_stretches import headline_end
from sitrep.ingest.dateline import place_opens_dateline
from sitrep.geo import haversine_km
from sitrep.model import EventMention, PlaceMention


def event_place(ctx: Context, s: Sentence, decision: Decision, events: list[EventMention], inherited_from: EventMention | None, side1: list[str] = ()) -> PlaceMention | None:
    """The place in the sentence (sub-national, in the document's country first); else the place
    of the event the sentence refers back to; else the document's most-mentioned place in that
    country at lower precision. A strategic decision named only at country level stays there."""
    country = dominant_country(ctx)
    lang = vocab(ctx.language)
    here = _places_here(ctx, s, lang, decision.trigger_offset if decision.trigger else None, decision.label in CROWD_LABELS)
    told_in = past_clause_of(token_for_match(s, decision.trigger_offset - s.start)) if decision.trigger else None
    if told_in is not None:  # "will escort convoys to Bamako after militants burned trucks near X": X
        here = [p for p in here if within_clause(told_in, p.span.char_start, s)] or here
    if decision.label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER"):
        # the territory is the first place named after the trigger, resolved or not: "control
        # Tinzawatene and the Kidal region" is about Tinzawatene even when only Kidal resolves
        taken = [p for p in here if not is_country(p) and p.span.char_start >= decision.trigger_offset]
        if taken and (taken[0].place_id is None or taken[0].country in (country, None)):
            after = ctx.document.text[taken[0].span.char_end : taken[0].span.char_end + 12].lower()
            if re.match(r"\s+(?:region|province|district|area|cercle|circle)\b", after) or re.search(
                r"\b(?:region|province|district|area|cercle|circle)$", taken[0].surface.lower()
            ):
                # "the Kidal region": the region, not the town of that name
                return taken[0].model_copy(update={"geo_precision": 3})
            return taken[0]
    coded = _coded_as(ctx)
    if coded is not None:
        return coded
    pinned = _at_anchor(ctx, here)
    if pinned is not None:
        return pinned
    later = told_right_after(ctx, s, lang) if here else None  # "… The attack took place in Y": at Y
    if later is not None:
        return later
    # an area is coded at its seat, as ACLED codes it: "in the Mopti region" at Mopti, "a locality of
    # the Tessit commune (Ansongo, Gao)" at Tessit, before the bracket's cercle town
    fine = [p for p in here if not is_country(p) and p.place_id is not None]
    # the document's country first, then a name as written before a near spelling: a written name
    # abroad must not displace a near spelling at home ("near Tanwalbougou on the Fada ... road")
    fine = _as_written_first(ctx, [p for p in fine if p.country == country] or fine)
    fine = spot_after_road(ctx.document.text, _between_first(ctx, fine, lang), ctx.language)  # "the X-Y axis … near Z"
    fine = [at_seat(ctx.knowledge.gazetteer, p) for p in fine]
    fine = [p for p in fine if p.geo_precision < 3] or fine  # the town, not the region also named
    fine = _village_named_later(ctx, s, fine, country, lang)
    if fine:
        if _unknown_place_first(ctx, s, fine[0]):
            # "fighting … in <a village the gazetteer lacks>, … a crossing in Kidal": the event is
            # somewhere in that area, not in the town named later (and must not move its control)
            return fine[0].model_copy(update={"geo_precision": max(3, fine[0].geo_precision),
                                              "confidence": round(fine[0].confidence * 0.5, 3)})
        # « … sur la route reliant Tillabéri à Ayorou » under « … tués près d'Ayorou »: the end the headline names
        end = headline_end(ctx.document.text, ctx.document.title, fine[0], places_in(ctx, s), ctx.language)
        return end or with_offset_precision(ctx.document.text, fine[0])  # "30 km north of Douentza": near Douentza
    unresolved = [p for p in here if p.place_id is None and p.span.char_start > decision.trigger_offset]
    if unresolved and decision.label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER"):
        return unresolved[0]  # the town taken, named but not in the gazetteer: better than another town
    label_type = acled_coding(decision.label)
    countries = [p for p in here if is_country(p)]
    if countries and label_type and label_type[0] == STRATEGIC:
        chosen = ([p for p in countries if p.country == country] or countries)[0]
        return capital_of(ctx, chosen, side1) or chosen
    across = nationwide_capital(ctx, s, countries, lang)
    if across is not None:
        return across
    prev = inherited_from or next((e for e in reversed(events) if e.place is not None), None)
    if prev is not None and prev.place is not None and (refers_back(s.text) or in_round_up_paragraph(ctx.document.text, s.start, prev, events, ctx.places)):
        return prev.place.model_copy(update={"confidence": round(prev.place.confidence * INHERITED_CONFIDENCE, 3)})
    # the note's own places first, origins and journeys' ends set aside; when none of those is the
    # document's focus, the origins count again (a wire naming only where the wounded were taken)
    best = _document_place(ctx, s, country, lang)
    if best is not None:
        best = at_seat(ctx.knowledge.gazetteer, best)  # "the attack took place in the Bam province": at its seat
        # a guess from the document, not the sentence: a territorial change placed this way must not
        # move control of that town (precision 3 = "somewhere in the area", which control ignores)
        territorial = decision.label in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER")
        return best.model_copy(
            update={"geo_precision": 3 if territorial else max(2, best.geo_precision),
                    "confidence": round(best.confidence * 0.5, 3)}
        )
    if not countries and not here:  # « Le gouvernement burkinabè a décrété … »: the capital's
        return unplaced_national_act(ctx, s, label_type[0] if label_type else None, lang)
    return (countries or here or [None])[0]


def _places_here(ctx: Context, s: Sentence, lang, trigger_at: int | None = None, crowd: bool = False) -> list[PlaceMention]:
    """The sentence's places that may be where its event happened: not a place a statement was made or a
    source reached from, a date's "since X", a journey's end, a vessel's or accord's name, a dateline or an
    earlier incident's place (each set aside only when the sentence names another)."""
    # a place in a "since …" phrase dates a state ("since the country's independence from France"),
    # it is not where the event happened
    found = [p for p in places_in(ctx, s) if not (after_since(ctx, p.span.char_start) and not _near(ctx, p, lang))
             and not _told_by_phone(ctx, p) and not _capital_speakers(ctx, p, lang)]
    here = hospitals_aside(ctx.document.text, [p for p in found if not _where_told(s, p)])  # the wounded's hospital
    # "Near the border with Mali, in Banibangou, the army said …": a note's opening place, not the speaker's
    here = fronted_where_told(ctx.document.text, s, [p for p in found if p not in here], here)
    deed = deed_place(ctx.document.text, here, trigger_at, ctx.language)
    if deed is not here:  # "stopped at Konna, where militants abducted …": the deed's place, even a journey's end
        return deed
    if crowd:  # "residents of X marched to demand the reopening of the road to Y": Y is what they demand
        here = without_demands(s, here)
    here = before_journey_ends(ctx, here, lang)
    # "fired at the Tombouctou boat near Gourma-Rharous", "ended the Algiers agreement": a place's name that
    # names a vessel or an accord is not where the event happened when the sentence names another place
    here = [p for p in here if not _NAMES_A_THING.match(ctx.document.text, p.span.char_end)] or here
    within = [p for p in here if not is_country(p)]  # "in northern Burkina Faso" locates nothing finer
    if within and len(journey_ends(ctx, within, lang)) == len(within) and (_named_before(ctx, s) or _told_later(ctx, s, lang)):
        # "… in Ndiawely (Dialloube, Mopti). Fourteen men were killed and others taken to Sevare": a sentence
        # naming only where people were taken is placed by the note's earlier places, not at the destination
        here = []
    # a dateline opening the event's sentence is where the story was filed ("OUAGADOUGOU (AFP) - … killed in
    # X"): another place of the sentence wins; alone, it may still be where it happened
    here = [p for p in here if not is_dateline(ctx, p)] or here
    # the place of an earlier incident the sentence recalls ("a day after the attack on X") is not its own
    here = [p for p in here if not in_recalled_incident(ctx.document.text, p.span.char_start, p.span.char_end)] or here
    return here


def _named_before(ctx: Context, s: Sentence) -> bool:
    """Whether an earlier sentence names a place of the document's country the gazetteer knows."""
    country = dominant_country(ctx)
    return any(p.span.char_end <= s.start and p.place_id is not None and not is_country(p)
               and p.country in (country, None) for p in ctx.places)


def _speakers_seat(ctx: Context, p: PlaceMention, lang) -> bool:
    """Where the story's speakers sit ("security sources in Ouagadougou said", « des sources
    sécuritaires à Bamako »: ``SPEAKER_AT_BEFORE``) or where its people were taken ("the wounded were
    evacuated to Ouagadougou": ``JOURNEY_BEFORE``), right before ``p``."""
    return ends_on(text_before(ctx, p), lang, "SPEAKER_AT_BEFORE", "JOURNEY_BEFORE")


def _capital_speakers(ctx: Context, p: PlaceMention, lang) -> bool:
    """A national capital named as its speakers' seat or where the wounded or the displaced were
    taken: the army's staff, ministries and agencies speak from the capital, and hospitals receive
    from it, of incidents hundreds of kilometres away, so the capital never stands in for the event
    (a regional town's officials or clinic, usually near their incident, may: ``journey_end``)."""
    return (p.feature_code or "").upper() == "PPLC" and _speakers_seat(ctx, p, lang)


def _near(ctx: Context, p: PlaceMention, lang) -> bool:
    """"5 km before Inekar": a distance along a road, not a date's "before" (``NEAR_BEFORE``)."""
    return ends_on(text_before(ctx, p), lang, "NEAR_BEFORE")


def _at_anchor(ctx: Context, here: list[PlaceMention]) -> PlaceMention | None:
    """"the village of X (Commune, Province)", "X, near Y" where X is a place the gazetteer lacks (or
    knows only elsewhere): the event is coded at the commune or town it is pinned to, at ACLED's
    precision 2 ("near" a known place), not at the next town the sentence names."""
    first = next((p for p in here if not is_country(p)), None)
    anchors = ctx.place_anchors
    if first is None or first.place_id is not None or first.span.char_start not in anchors:
        return None
    anchor = next((p for p in here if p.span.char_start == anchors[first.span.char_start] and p.place_id), None)
    if anchor is None:
        return None
    anchor = at_seat(ctx.knowledge.gazetteer, anchor, precision=2)  # a village of a cercle: near its seat
    anchor = with_offset_precision(ctx.document.text, anchor)  # "X, 30 km north of Y": near Y, at Y
    return anchor.model_copy(update={"geo_precision": max(2, anchor.geo_precision),
                                     "confidence": round(anchor.confidence * 0.8, 3)})


# after a place's name: the vessel, convoy or accord it names ("the Tombouctou boat", "the Algiers peace agreement")
_NAMES_A_THING = re.compile(r"\s+(?:peace\s+)?(?:boat|ferry|barge|pinasse|vessel|agreements?|accords?|process|talks|"
                            r"declaration|charter|negotiations)\b", re.IGNORECASE)


# a coder's own note on the location ("in the village of Poperi (coded as Namounou at geoprecision 2)",
# "location coded as Koflande"): ACLED's notes say where they put an event the sources place vaguely
_CODED_AS = re.compile(r"\bcoded\s+(?:as|at|in)\s*$", re.IGNORECASE)
_CODED_PRECISION = re.compile(r"[^.;()]{0,40}?\bgeo-?\s?precision\s*(?:of\s*)?(?P<p>[123])\b", re.IGNORECASE)


def _coded_as(ctx: Context) -> PlaceMention | None:
    """The place a coder's note says the event is coded at, with the precision it states."""
    text = ctx.document.text
    for p in ctx.places:
        if p.place_id is None or is_country(p) or not _CODED_AS.search(text[max(0, p.span.char_start - 20):p.span.char_start]):
            continue
        m = _CODED_PRECISION.match(text, p.span.char_end)
        return p.model_copy(update={"geo_precision": int(m.group("p"))}) if m else p
    return None


# a trailing word that makes a place mention an area ("the Sourou province"): not part of its name
_AREA_WORD = re.compile(r"\s+(?:area|region|province|zone|district|cercle|commune|department|state)$", re.IGNORECASE)


def _near_spelling(ctx: Context, p: PlaceMention) -> bool:
    """True when the gazetteer entry was reached only through a near spelling of the name written
    (fuzzy matching: "Barakana" read as Barkana, "Nagari" as Naguré), not the name itself."""
    gaz = getattr(ctx.knowledge, "gazetteer", None)
    if gaz is None or not hasattr(gaz, "lookup") or not (p.place_id or "").startswith("gn:"):
        return False
    name = _AREA_WORD.sub("", p.surface)
    # a spelling of the same sounds ("Diabaly" for Diabali, ``variant_spelling``) is the name as written
    return all(c.place_id != p.place_id for c in (*gaz.lookup(name), *variant_spelling(gaz, name, {p.country})))


def _as_written_first(ctx: Context, fine: list[PlaceMention]) -> list[PlaceMention]:
    """A place reached through a near spelling never stands before one the text names as the
    gazetteer has it: "in the village of Barakana, near Pobe-Mengao" is coded near Pobe-Mengao
    (ACLED's precision 2), not at a Barkana guessed from the spelling."""
    if not fine or not _near_spelling(ctx, fine[0]):
        return fine
    written = [p for p in fine[1:] if not _near_spelling(ctx, p)]
    if not written or _by_its_anchor(ctx, fine[0]) or _inside_its_bracket(ctx, fine[0], written):
        # a near spelling found among the villages of the place named next ("Bambofa (Dori, Seno)" is
        # the Bonbofa of Dori's area, ``place_spellings``) is the village, confirmed by that place
        return fine
    if any(w.span.char_start > fine[0].span.char_start and lies_as_told(ctx.document.text, fine[0], w) for w in written):
        # "near Djebock, about 40 km east of Gao": the Djebok lying 38 km east of Gao is confirmed by the
        # distance and direction told
        return fine
    # the near spellings are set aside (a foreign one must not decide the country either), but for the next one its
    # own anchor confirms: "in Kolanga, near Tankoualou (Foutouri, Komandjari)" is near the Tankwarou of Foutouri
    first = next(q for q in fine[1:] if any(q is w for w in written)
                 or (q.span.char_start in ctx.place_anchors and _by_its_anchor(ctx, q)))
    return [first.model_copy(update={"geo_precision": max(2, first.geo_precision)}), *(w for w in written if w is not first)]


def _by_its_anchor(ctx: Context, p: PlaceMention) -> bool:
    """Whether ``p`` is tied to a place named next ("X, near Y", "X (A, B)") and lies within a commune's reach of
    it: "Kolanga, near Tankoualou" read as a Koulga 105 km from Tankwarou is no village of Tankoualou's."""
    at = ctx.place_anchors.get(p.span.char_start)
    if at is None:
        return False
    anchor = next((q for q in ctx.places if q.span.char_start == at), None)
    return anchor is None or anchor.latitude is None or p.latitude is None or haversine_km(
        p.latitude, p.longitude, anchor.latitude, anchor.longitude) <= COMMUNE_KM


def _inside_its_bracket(ctx: Context, p: PlaceMention, written: list[PlaceMention]) -> bool:
    """"Diabaly (Diabaly, Niono)": the commune named after the town pins nothing, but the cercle
    after it, as written, lies within a commune's reach of the near spelling (Diabali): confirmed.  So does
    a province or region in the bracket that holds it by its codes ("Gorghadji (Seno province)": GeoNames'
    Gorgadji is in the Séno, 58 km from the province's centre point)."""
    return any(in_bracket_after(ctx.document.text, p, w) and w.country == p.country
               and (haversine_km(p.latitude, p.longitude, w.latitude, w.longitude) <= COMMUNE_KM or _holds(w, p))
               for w in written)


def _holds(unit: PlaceMention, p: PlaceMention) -> bool:
    """Whether the first- or second-level unit ``unit`` holds ``p`` by the names of their units."""
    code = (unit.feature_code or "").upper()
    if code == "ADM1":
        return bool(p.admin1) and p.admin1 == unit.admin1
    return code == "ADM2" and bool(p.admin2) and p.admin1 == unit.admin1 and p.admin2 == unit.admin2


# "in X", "at X", "near the village of X": a place the sentence locates something at
_LOCATED_BEFORE = r"\b(?:in|at|near|around|outside|à|dans|près\s+de)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:[\w-]+\s+(?:of|de|d['’])\s*)?$"


@lru_cache(maxsize=4)
def _near_after_between(language: str) -> re.Pattern[str]:
    """"between Y and Z, near X", "between Kaya and Dori, at the level of Pissila", "…, 12 km from X", "the
    Niono-Diabaly axis, near Diabaly": after a stretch of road told by its two ends, the spot on it (the
    language's ``ROUTE_SPOT`` / ``ROUTE_SPOT_DISTANCE``), even when the spot is one of the ends."""
    lang = vocab(language)
    spots = "|".join(w for w in (getattr(lang, "ROUTE_SPOT", None), getattr(lang, "ROUTE_SPOT_DISTANCE", None)) if w)
    between = lang.BETWEEN[0]
    road = getattr(lang, "ROUTE_WORDS", None) or "(?!)"
    pair = r"(?-i:[A-ZÀ-Þ])[\w'’]*(?:[-–—][\w'’]+)+"  # the ends' names, capitalised
    stretch = (rf"\b{between}\s[^.;()]{{3,60}},|{pair}\s+(?:\w+\s+)?(?:{road})\s*,?"
               rf"|\b(?:{road})\s+(?:\w+\s+)?(?:de\s+|du\s+|d['’]\s*)?{pair}\s*,?")
    return re.compile(rf"(?:{stretch})\s*(?:{spots or '(?!)'})(?:\s+|(?<=['’]))(?:the\s+|la\s+|le\s+|l['’]\s*)?$",
                      re.IGNORECASE)


@lru_cache(maxsize=4)
def _between_patterns(between: str, conj: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that open "between Y and Z" before a place, and its conjunction with the next name after it."""
    return (re.compile(rf"\b{between}\s+(?:the\s+|les\s+)?(?:[\w-]+\s+(?:of|de|d['’])\s*)?$", re.IGNORECASE),
            re.compile(rf"\s*(?:\([^()]*\)\s*)?{conj}\s+(?:the\s+)?(?-i:[A-ZÀ-Þ])", re.IGNORECASE))


def _between_first(ctx: Context, fine: list[PlaceMention], lang) -> list[PlaceMention]:
    """"abducted a notable from X on the road between Y (…) and X (…)": an event told between two places
    is coded at the first (ACLED's precision 2; the second if its commune bracket follows it), before a place the sentence names only as someone's
    origin or in a title ("the X chief nurse"); a place located with "in"/"at" before it still wins."""
    text = ctx.document.text
    spot = _near_after_between(ctx.language or "en")
    near = next((q for q in fine[1:] if spot.search(text_before(ctx, q))), None)
    if near is not None and not _placed_on_road(ctx, fine, near):
        # "between Niono and Lere, near Lere": the place the note says it was near
        return [near, *(q for q in fine if q is not near)]
    opens, then = _between_patterns(*lang.BETWEEN)
    for k, p in enumerate(fine):
        if opens.search(text_before(ctx, p)) and then.match(text, p.span.char_end):
            if any(re.search(_LOCATED_BEFORE, text_before(ctx, q), re.IGNORECASE) for q in fine[:k]):
                return fine
            p = located_end(text, fine, k, ctx.knowledge.gazetteer)  # "between Dori and Seytenga (Seytenga, Seno)": the bracketed end
            return [p, *(q for q in fine if q is not p)]
    return fine


# a road told after a place as where that place lies: "at Tabankort, on the Gao-Kidal road", « à X, sur l'axe … »
_ON_ROAD_AFTER = re.compile(r"\s*,?\s*(?:on|along|sur)\s+(?:the\s+|l['’]\s*|la\s+)", re.IGNORECASE)


def _placed_on_road(ctx: Context, fine: list[PlaceMention], spot: PlaceMention) -> bool:
    """Whether a place located with "at"/"in" comes before the road whose ``spot`` is told, the road following it
    as its apposition ("at Tabankort, on the Gao-Kidal road 170 km north of Gao"): the road and the distance say
    where that place lies, and the event is there, not at the town the distance is measured from."""
    text = ctx.document.text
    return any(q.span.char_end <= spot.span.char_start and re.search(_LOCATED_BEFORE, text_before(ctx, q), re.IGNORECASE)
               and _ON_ROAD_AFTER.match(text, q.span.char_end) for q in fine)


def _most_mentioned(ctx: Context, country: str | None, with_origins: bool = False) -> PlaceMention | None:
    counts: dict[str, tuple[int, PlaceMention]] = {}
    lang = vocab(ctx.language)
    places = [p for p in ctx.places if not is_country(p) and p.place_id is not None and (not country or p.country == country)]
    # where people came from, were based or went ("soldiers of the Boni camp were attacked at Mondoro", "after
    # leaving Gao"): no evidence of the deed's place while the document names another (``journey_end``)
    # leaving ("from Djibo to Namssiguia (Soum, Sahel)") no more than the bracket's province: the road's start stands
    deeds = [p for p in places if not journey_end(ctx, p, lang)]
    if not with_origins and any(not (p.feature_code or "").upper().startswith("ADM") and p.geo_precision < 3
                                and not inside_bracket(ctx.document.text, p.span.char_start) for p in deeds):
        places = deeds
    for p in places:
        if is_dateline(ctx, p) or _told_by_phone(ctx, p) or _capital_speakers(ctx, p, lang):
            continue  # where the story was filed or the source was reached, not where it happened
        n, first = counts.get(p.place_id, (0, p))
        # "the Kidal region" (precision 3) is no evidence for the town of Kidal
        counts[p.place_id] = (n + (p.geo_precision < 3), first if first.geo_precision <= p.geo_precision else p)
    if not counts:
        return None
    _, best = max(counts.values(), key=lambda v: v[0])
    return best


# "joint par téléphone depuis Bamako", "reached by phone from Bamako": where the source was reached
_BY_PHONE = re.compile(r"(?:telephone|phone|téléphone|joint[es]?|reached)\b[^.;]{0,25}?\b(?:from|in|depuis|à)\s*$", re.IGNORECASE)


def is_dateline(ctx: Context, p: PlaceMention) -> bool:
    """A place opening a paragraph as a dateline ("BAMAKO, 2 août (ASP) -", "GAO (Reuters) -",
    "DJIBO - ..."): where the story was filed."""
    if not place_opens_dateline(ctx.document.text, p.span.char_start, p.span.char_end):
        return False
    # "Kantchari (Tapoa): on 3 February ...", "Tchin-Tabaraden (Tahoua).": a bracket holding the place's own
    # province, cercle or region heads a note about that place; a dateline's bracket holds its agency ("GAO (Reuters) -")
    unit = _BRACKET_AFTER.match(ctx.document.text, p.span.char_end)
    return not (unit and (any(q.place_id is not None and not is_country(q) and unit.start(1) <= q.span.char_start < unit.end(1)
                              for q in ctx.places) or names_own_unit(ctx.knowledge.gazetteer, unit.group(1), p.country, p.admin1)))


_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,60})\)")


def _told_by_phone(ctx: Context, p: PlaceMention) -> bool:
    start = p.span.char_start
    return bool(_BY_PHONE.search(ctx.document.text[max(0, start - 45):start]))


def _unknown_place_first(ctx: Context, s: Sentence, first: PlaceMention) -> bool:
    """True when, before the first resolved place, the sentence names a place the gazetteer does
    not know: an unresolved place mention, or a proper noun after "in"/"near"/"at" that is neither
    a place nor an actor mention."""
    here = within_sentence(ctx, "places", s)
    if any(m.place_id is None and m.span.char_start < first.span.char_start for m in here):
        return True  # a place mention the gazetteer could not resolve
    known = [(m.span.char_start, m.span.char_end) for m in (*here, *actors_in(ctx, s))]
    for tok in s.sent:
        start = s.doc_offset(tok)
        if start >= first.span.char_start:
            return False
        if (tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "at")
                and tok.text[:1].isupper() and not any(a <= start < b for a, b in known)):
            return True
    return False


def _where_told(s: Sentence, p: PlaceMention) -> bool:
    """True for the place a statement was made ("told AFP in Paris", "by telephone from Kidal"):
    where the speaker was, not where the event happened."""
    tok = s.token_at(p.span.char_start, p.span.char_end)
    if tok is None or tok.dep_ not in ("pobj", "obl"):
        return False
    prep = tok.head if tok.dep_ == "pobj" else tok
    if tok.dep_ == "pobj" and prep.lower_ not in ("in", "from", "at"):
        return False
    # the phrase hangs on the reporting verb itself, or on how the statement was made ("by
    # telephone from Kidal"); "announced its withdrawal from Mali" is about Mali
    attached = prep.head
    if attached.pos_ in ("NOUN", "PROPN") and (
        attached.lemma_.lower() in MEDIUM_NOUNS or attached.dep_ in ("nsubj", "nsubjpass")
    ):
        # "by telephone from Kidal", or the speaker's own place: "an official in Kidal said"
        attached = attached.head if attached.dep_ in ("nsubj", "nsubjpass") else clause_verb(attached)
    return attached.pos_ in ("VERB", "AUX") and governed_by_reporting(attached)


def _document_focus(ctx: Context, best: PlaceMention, s: Sentence) -> bool:
    """Whether the document's most-mentioned place may stand in for an event's unnamed place: it is
    named more than once, or already named before the sentence (title, lede).  A place named once,
    after the sentence ("… surrounding the capital, Bamako"), says nothing about where an offensive
    told earlier took place: the event then stays at country level."""
    mentions = [p for p in ctx.places if p.place_id == best.place_id]
    # "an attack on a village in northern Burkina Faso ... went from house to house in X": the village named later
    return len(mentions) >= 2 or any(p.span.char_start < s.start for p in mentions) \
        or unnamed_settlement(ctx, s) and not any(in_a_dated_recall(ctx, p) for p in mentions)


def _village_named_later(ctx: Context, s: Sentence, fine: list[PlaceMention], country: str | None,
                         lang) -> list[PlaceMention]:
    """``fine``, or the village the story names for a sentence that tells its deed at an unnamed village and names
    only a region ("an attack on a village in northern X ... the country's Sahel region")."""
    named = village_near_named_later(ctx, s, fine[0]) if fine else None  # « un village proche de X … le village de Y »
    if named is not None:
        return [named]
    if not fine or fine[0].geo_precision < 3 or not unnamed_settlement(ctx, s):
        return fine
    town = _document_place(ctx, s, country, lang)
    # (a town the story names only in recalls of older incidents is not the unnamed village: "Last year, the group
    # besieged the town of X")
    return [town.model_copy(update={"confidence": round(town.confidence * 0.5, 3)})] \
        if town is not None and town.geo_precision < 3 and not named_only_in_recalls(ctx, s, town) else fine


def _document_place(ctx: Context, s: Sentence, country: str | None, lang) -> PlaceMention | None:
    """The place that stands in for a sentence naming none of its own: the document's focus among the places of
    its deeds; else the town a later sentence tells the attack at ("... killed in the attack in X"), which also
    outweighs a focus that is only an area ("the governor of the Sahel region", the region named twice); else the
    focus among every place, where speakers sit and the wounded were taken included (a wire naming only the
    hospital's town); else the note's opening label ("Ansongo – …")."""
    own = _most_mentioned(ctx, country)
    own = own if own is not None and _document_focus(ctx, own, s) else None
    later = _told_later(ctx, s, lang)
    told = _told_later(ctx, s, lang, before=True)  # "Survivors of an attack on the village of X ...": the story's own
    if told is not None and later is None and own is not None and own.place_id != told.place_id:
        return told
    if own is not None and (later is None or own.geo_precision < 3 and not (own.feature_code or "").startswith("ADM")):
        return own
    if later is not None:
        return later
    anywhere = _most_mentioned(ctx, country, with_origins=True)
    if anywhere is not None and _document_focus(ctx, anywhere, s):
        return anywhere
    return label_place(ctx)


def _told_later(ctx: Context, s: Sentence, lang, before: bool = False) -> PlaceMention | None:
    """The place a later sentence says the event happened at ("… were killed. The attack took place in the
    Bam province.", « L'attaque a eu lieu à X »: ``EVENT_AT_BEFORE``; "The attack targeted X", « L'attaque a
    visé X »: ``INCIDENT_AT_BEFORE``; "repelled the attack ... on the camp at X": ``TARGET_AT_BEFORE``), when the
    event's sentence names none; ``before``: the target of the story's attack told in an earlier sentence instead."""
    for p in ctx.places:
        if ((p.span.char_end <= s.start if before else p.span.char_start >= s.end) and p.place_id is not None
                and not is_country(p) and ends_on(text_before(ctx, p), lang, *(
                    ("TARGET_AT_BEFORE",) if before else ("EVENT_AT_BEFORE", "INCIDENT_AT_BEFORE", "TARGET_AT_BEFORE")))):
            return p
    return None


