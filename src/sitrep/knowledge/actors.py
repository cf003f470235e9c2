"""The actor knowledge base: canonical actors, their aliases (English and French), descriptions,
lineage, and the persons the base knows.

Loaded from the shipped ``data/actors.yaml`` and from users' files of the same schema, merged entry by
entry on ``id`` (a user's entry replaces the shipped one with that id; new ids are added).  Every file
is validated on load: a bad entry fails with ``E_INVALID`` naming the file and the entry.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sitrep.errors import ErrorCode, SitrepError
from sitrep.knowledge.demonyms import country_qualifiers
from sitrep.knowledge.foreign_civilians import FOREIGN_CIVILIANS, add_foreign_civilians
from sitrep.knowledge.names import alias_key, fold_name
from sitrep.knowledge.yaml_base import bad, check_country_code, checked_entry, load_yaml, str_list
from sitrep.model import Actor, Lineage

log = logging.getLogger(__name__)

SHIPPED = Path(__file__).resolve().parent / "data" / "actors.yaml"

KINDS = {
    "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
    "civilians", "external_other",
}
_ACTOR_KEYS = {
    "id", "name", "kind", "country", "aliases", "descriptive", "contextual", "metonyms", "follows_lineage",
    "affiliations", "operates_in", "operates_in_regions", "notes",
}
_SLUG = re.compile(r"^[a-z0-9][a-z0-9:_.-]*$")

# confidence by the way a phrase names an actor
# a contextual phrase's leading English article, and the words of a French one (qualified in English only)
_ENGLISH_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_NOT_ENGLISH = re.compile(r"^(?:la|le|les|l['’]|des|du|un|une)\b|[^\x00-\x7f]|\bde\b", re.IGNORECASE)
# a government's name less its title: the country it governs ("Government of Burkina Faso" → "Burkina Faso")
_GOVERNMENT_OF = re.compile(r"^\s*government\s+of\s+(?:the\s+)?", re.IGNORECASE)
# the actor base's political authority of a country ("government-of-mali"): the state itself, not its armed forces
_GOVERNMENT_PREFIX = "government-of-"


def is_civil_government(actor_id: str) -> bool:
    """Whether ``actor_id`` is a country's government (its ministries, its spokesman) rather than its forces."""
    return actor_id.startswith(_GOVERNMENT_PREFIX)


CONF_ALIAS = 1.0
CONF_DESCRIPTIVE = 0.75
CONF_CONTEXTUAL = 0.55
CONF_METONYM = 0.6

# generic words around a name ("CSP people", "the FLA rebels") that resolution may peel off
GENERIC_HEADS = {
    "people", "rebels", "fighters", "forces", "troops", "group", "groups", "militants", "members", "movement",
    "coalition", "units", "unit", "soldiers", "jihadists", "militia", "militias", "militiamen", "gunmen", "men",
    "elements", "combatants",
}
GENERIC_LEADS = {"the", "a", "an", "its", "their", "our", "le", "la", "les", "l"}


# a description's head noun and the other words news uses for its members: "Dogon militia" is
# also written "Dogon militiamen"
_HEAD_MEMBERS = {"militia": "militiamen", "militias": "militiamen"}
# a country's soldiers are also told by the other words for its servicemen and by its aircraft, the adjective
# doing the naming: "Burkinabe soldiers" → "Burkinabe drones", « soldats burkinabè » → « militaires burkinabè »
_SOLDIER_HEADS_EN = ("soldiers",)
_SERVICE_WORDS_EN = ("drones", "warplanes", "aircraft", "helicopters", "fighter jets")
_SOLDIER_HEADS_FR = ("soldats",)
_SERVICE_WORDS_FR = ("militaires", "drones", "avions", "hélicoptères", "aéronefs")


def _head_forms(phrase: str) -> list[str]:
    """The phrase, the phrase naming its members when its head is a collective noun, and a country's
    soldiers told by the other words for its servicemen and aircraft."""
    head, _, last = phrase.rpartition(" ")
    members = _HEAD_MEMBERS.get(last.lower())
    if head and members:
        return [phrase, f"{head} {members}"]
    if head and " " not in head and last.lower() in _SOLDIER_HEADS_EN:
        return [phrase, *(f"{head} {w}" for w in _SERVICE_WORDS_EN)]
    first, _, rest = phrase.partition(" ")
    if rest and " " not in rest and first.lower() in _SOLDIER_HEADS_FR:
        return [phrase, *(f"{w} {rest}" for w in _SERVICE_WORDS_FR)]
    return [phrase]


@dataclass
class PersonEntry:
    name: str
    affiliation: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


# kinds of generic actor named after a country: ACLED's "Civilians (Mali)", "Protesters (Niger)"
GENERIC_KINDS = ("civilians", "protesters", "rioters")
# ACLED names a village's or a locality's armed men after it ("Koulsonde Communal Militia (Burkina Faso)"); the
# base holds no militia per village: such a name is the country's communal militia of no other name
_LOCALITY_MILITIA = re.compile(r"^\s*(?!unidentified\b)[\w' -]+?\s+communal militia\s*\((?P<country>[^)]+)\)\s*$", re.IGNORECASE)
# kinds of organised armed actor outside the state (rebels, political and identity militias): the
# parties fusion, control and the source labels tell apart from a state's forces
ARMED_NON_STATE_KINDS = frozenset(("rebel_group", "political_militia", "identity_militia"))
# actors organised and armed: their violence is never a crowd's (ACLED's riots are unorganised)
ORGANISED_KINDS = ARMED_NON_STATE_KINDS | {"state_forces"}
# every kind that bears arms: the armed groups, the state's forces and foreign ones
ARMED_KINDS = ARMED_NON_STATE_KINDS | {"state_forces", "external_other"}


@dataclass
class ActorBase:
    """Plain-data actor base: picklable, no database."""

    actors: dict[str, Actor] = field(default_factory=dict)
    lineage: list[Lineage] = field(default_factory=list)
    persons: list[PersonEntry] = field(default_factory=list)
    # alias key → [(actor_id, confidence, method, context country or None)]
    index: dict[str, list[tuple[str, float, str, str | None]]] = field(default_factory=dict)
    follows_lineage: set[str] = field(default_factory=set)
    # lineage-following actors whose descriptions keep naming them when the document is undated
    # ("Russian mercenaries" are Wagner's unless a date puts them after Wagner's exit)
    dated_lineage: set[str] = field(default_factory=set)
    metonyms: dict[str, list[str]] = field(default_factory=dict)  # actor_id → metonym phrases
    contextual: dict[str, list[str]] = field(default_factory=dict)  # actor_id → contextual phrases
    # actor_id → countries (ISO codes) where a group without one country of its own fights: which
    # of a parent's branches "al-Qaeda-linked fighters" means in a story from there
    operates_in: dict[str, list[str]] = field(default_factory=dict)
    # actor_id → {country: folded region names} for a group that fights in only part of a country (the Islamic
    # State's West Africa Province in Niger's Diffa, by Lake Chad; its Sahel Province everywhere else in Niger)
    operates_in_regions: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)  # actor_id → file it came from

    # -- queries -----------------------------------------------------------------------------

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    @cached_property
    def leader_name_patterns(self) -> list[tuple[re.Pattern, str]]:
        """(name pattern, group id) for each person who leads a non-state armed group: the full name, its other
        spellings and the surname alone (a man is called by his last name after the first mention).  Built once
        per base: every paragraph is searched for them (``sitrep.analyse.leaders_men``)."""
        out = []
        for person in self.persons:
            group = self.get(person.affiliation) if person.affiliation else None
            if group is None or group.kind not in ARMED_NON_STATE_KINDS:
                continue
            names = {person.name, *person.aliases}
            names |= {n.split()[-1] for n in list(names) if len(n.split()[-1]) >= 5}
            alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            out.append((re.compile(rf"\b(?:{alternation})\b"), group.actor_id))
        return out

    @cached_property
    def police_by_country(self) -> dict[str, str]:
        """Country → the base's police force ("Police Forces of Mali"), ACLED's arresting force for the state.
        Read once per base: a loaded base does not change, and every arrest sentence asks."""
        return {a.country: a.actor_id for a in self.actors.values()
                if a.kind == "state_forces" and a.country and a.name.startswith("Police Forces of")}

    def generic_actor(self, kind: str, country: str | None) -> str | None:
        """The base's generic actor of ``kind`` for ``country`` ("Protesters (Mali)"), the lowest
        id if the base holds several; None without a country or such an actor."""
        if not country:
            return None
        return min((a.actor_id for a in self.actors.values() if a.kind == kind and a.country == country
                    and self.origins.get(a.actor_id) != FOREIGN_CIVILIANS), default=None)

    def branch_in(self, parent: str, countries: Iterable[str], regions: Iterable[str] = ()) -> str | None:
        """The one branch of ``parent`` (an actor whose affiliations name it) that fights in any of
        ``countries``, else None.  A branch that is itself part of another such branch gives way to
        the larger one (AQIM is part of JNIM: in the Sahel, al-Qaeda's branch is JNIM).  A branch
        confined to some regions of a country counts there only when the story's ``regions`` (its
        places' first-level divisions) include one of them."""
        wanted = set(countries)
        story_regions = {fold_name(r).lower() for r in regions}
        branches = {a.actor_id for a in self.actors.values()
                    if parent in a.affiliations and self._fights_in_story(a.actor_id, wanted, story_regions)}
        # a branch confined to the story's region is the one there (ISWAP in Diffa, not the Sahel Province)
        branches = {b for b in branches if self.operates_in_regions.get(b)} or branches
        umbrellas = {b for b in branches if not branches & set(self.actors[b].affiliations)}
        return next(iter(umbrellas)) if len(umbrellas) == 1 else None

    def _fights_in_story(self, actor_id: str, countries: set[str], story_regions: set[str]) -> bool:
        """Whether ``actor_id`` fights in one of ``countries``, and there in one of ``story_regions`` (folded
        first-level divisions) where it is confined to some regions of that country."""
        confined = self.operates_in_regions.get(actor_id, {})
        return any(c not in confined or confined[c] & story_regions
                   for c in countries & set(self.operates_in.get(actor_id, [])))

    def acled_parent(self, actor_id: str | None) -> str | None:
        """The coalition ACLED codes a unit's deeds under: a country's own armed group (a katiba)
        affiliated with a group that has no country of its own but fights in the unit's country
        (Katiba Macina → JNIM).  None for an actor that is not such a unit."""
        unit = self.actors.get(actor_id or "")
        if unit is None or unit.kind != "rebel_group" or not unit.country:
            return None
        return next((p for p in unit.affiliations if p in self.actors and not self.actors[p].country
                     and self.actors[p].kind == unit.kind and unit.country in self.operates_in.get(p, [])), None)

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.actors

    def __len__(self) -> int:
        return len(self.actors)

    def phrases(self) -> Iterable[tuple[str, str, float, str, str | None]]:
        """Every (phrase, actor_id, confidence, method, context country) the text matchers look for."""
        qualified = self._country_qualified()  # (built once per pass: it reads every actor)
        for a in self.actors.values():
            for p in [a.name, *a.aliases]:
                yield p, a.actor_id, CONF_ALIAS, "alias", None
            descriptions = dict.fromkeys(form for p in a.descriptive for form in _head_forms(p))
            for p in descriptions:
                yield p, a.actor_id, CONF_DESCRIPTIVE, "descriptive", None
            for p in self.contextual.get(a.actor_id, []):
                yield p, a.actor_id, CONF_CONTEXTUAL, "contextual", a.country
            for p in qualified.get(a.actor_id, ()):
                yield p, a.actor_id, CONF_DESCRIPTIVE, "descriptive", None
            for p in self.metonyms.get(a.actor_id, []):
                yield p, a.actor_id, CONF_METONYM, "metonym", None

    def _country_qualified(self) -> dict[str, list[str]]:
        """a government's id → its contextual phrases qualified by its country ("Mali's military authorities",
        "Burkinabe military government"): the country's name or adjective makes a generic phrase name its government
        (its forces' phrases are left as written: "Malian army post" is the army's post),
        as long as no other actor of the country shares the phrase (longer than an alias it begins with, "Mali's
        military", it wins the match)."""
        holders: dict[tuple[str, str], list[str]] = {}
        for a in self.actors.values():
            if a.kind == "state_forces" and a.country and is_civil_government(a.actor_id):
                for p in self.contextual.get(a.actor_id, []):
                    bare = _ENGLISH_ARTICLE.sub("", p.strip())
                    if bare and not _NOT_ENGLISH.search(bare):
                        holders.setdefault((a.country, bare), []).append(a.actor_id)
        out: dict[str, list[str]] = {}
        for (cc, bare), ids in holders.items():
            if len(set(ids)) == 1:
                # the country's name as its government's is written ("Government of Burkina Faso")
                name = _GOVERNMENT_OF.sub("", self.actors[ids[0]].name).strip() or None
                out.setdefault(ids[0], []).extend(f"{q} {bare}" for q in country_qualifiers(cc, name))
        return out

    def candidates(self, text: str) -> list[tuple[str, float, str, str | None]]:
        """Index entries for ``text``; generic heads and leading articles are peeled off when
        the whole phrase is unknown ("CSP people" → "CSP", "the FLA rebels" → "FLA")."""
        key = alias_key(text)
        if key in self.index:
            return self.index[key]
        words = key.split()
        while words and words[0] in GENERIC_LEADS:
            words = words[1:]
        if " ".join(words) in self.index:
            return self.index[" ".join(words)]
        while len(words) > 1 and words[-1] in GENERIC_HEADS:
            words = words[:-1]
            if " ".join(words) in self.index:
                # the peeled phrase names the actor less directly
                return [(a, min(c, CONF_DESCRIPTIVE), m, ctx) for a, c, m, ctx in self.index[" ".join(words)]]
        return []

    def resolve(
        self, text: str, when: dt.date | None = None, countries: Iterable[str] | None = None
    ) -> tuple[str, float] | None:
        """``(actor_id, confidence)`` for a name or description, or None.

        ``when`` (the document's date) moves descriptions of a role ("Tuareg rebels") to the actor
        holding it then (``description_holder``); without a date they name the current holder,
        or the described actor itself when its lineage follows dates only.  ``countries`` (the document's
        country context) decides generic phrases ("the army"): with no context given they resolve
        to their actor, with a context that lacks the actor's country they do not resolve.
        """
        cands = self.candidates(text)
        locality = _LOCALITY_MILITIA.match(text) if not cands else None
        if locality is not None:
            cands = self.candidates(f"Unidentified Communal Militia ({locality.group('country')})")
        if not cands:
            return None
        ctx = set(countries) if countries is not None else None
        best: tuple[str, float] | None = None
        for actor_id, conf, method, country in cands:
            if method == "contextual" and ctx is not None and country is not None and country not in ctx:
                continue
            if method == "contextual" and ctx and country in ctx:
                conf += 0.05
            if method in ("descriptive", "contextual"):
                actor_id = self.description_holder(actor_id, when)
            if best is None or conf > best[1]:
                best = (actor_id, conf)
        return best

    def successors(self, actor_id: str) -> list[Lineage]:
        return [ln for ln in self.lineage if ln.predecessor == actor_id]

    def predecessors(self, actor_id: str) -> list[Lineage]:
        return [ln for ln in self.lineage if ln.successor == actor_id]

    def chain(self, actor_id: str) -> list[Lineage]:
        """The whole lineage the actor belongs to, oldest link first."""
        seen, out, todo = set(), [], [actor_id]
        while todo:
            a = todo.pop()
            if a in seen:
                continue
            seen.add(a)
            for ln in self.lineage:
                if a in (ln.predecessor, ln.successor):
                    if ln not in out:
                        out.append(ln)
                    todo += [ln.predecessor, ln.successor]
        return sorted(out, key=lambda ln: ln.date)

    def holder_at(self, actor_id: str, when: dt.date | None) -> str:
        """Follow successions from ``actor_id`` forward up to ``when`` (to the end when None)."""
        current, seen = actor_id, {actor_id}
        while True:
            # a partial date ("2023") is certain only once the whole period has passed
            nxt = [ln for ln in self.successors(current) if when is None or _end(ln.date) < when]
            if not nxt:
                return current
            current = sorted(nxt, key=lambda ln: ln.date)[-1].successor
            if current in seen:
                return current
            seen.add(current)

    def description_holder(self, actor_id: str, when: dt.date | None) -> str:
        """The member of ``actor_id``'s lineage that a description of ``actor_id`` names at ``when``:
        back to a predecessor for a date before the actor existed ("al-Qaeda-linked militants" in
        2016 Mali were AQIM's; JNIM formed in March 2017), forward to a successor for a date after
        it ("Russian soldiers" in Mali after June 2025 are the Africa Corps).  Undated, the current
        holder, or ``actor_id`` itself when its lineage follows dates only."""
        if actor_id not in self.follows_lineage:
            return actor_id
        if when is None:
            return actor_id if actor_id in self.dated_lineage else self.holder_at(actor_id, None)
        return self.holder_at(self.predecessor_at(actor_id, when), when)

    def predecessor_at(self, actor_id: str, when: dt.date) -> str:
        """Follow successions from ``actor_id`` backward while ``when`` falls before them."""
        current, seen = actor_id, {actor_id}
        while True:
            earlier = [ln for ln in self.predecessors(current) if when < _start(ln.date)]
            if not earlier:
                return current
            current = sorted(earlier, key=lambda ln: ln.date)[0].predecessor
            if current in seen:
                return current
            seen.add(current)

    def person(self, name: str) -> PersonEntry | None:
        key = alias_key(name)
        for p in self.persons:
            if key == alias_key(p.name) or key in {alias_key(a) for a in p.aliases}:
                return p
        return None


def _start(date_text: str) -> dt.date:
    """The first day of a partial ISO date ("2024-11" → 2024-11-01, "2023" → 2023-01-01)."""
    parts = [int(p) for p in str(date_text).split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts[:3])


# -----------------------------------------------------------------------------------------------
# loading and validation


def _end(date_text: str) -> dt.date:
    """The last day of a partial ISO date ("2024-11" → 2024-11-30, "2023" → 2023-12-31)."""
    parts = [int(p) for p in str(date_text).split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(*parts[:3])


def read_actor_file(path: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """Parse and validate one YAML file: (actor entries, lineage entries, person entries)."""
    data = load_yaml(path, "actor")
    if data is None:
        return [], [], []
    if not isinstance(data, dict):
        raise bad(path, "top level", "expected a mapping with 'actors', 'lineage', 'persons'")
    unknown = set(data) - {"actors", "lineage", "persons"}
    if unknown:
        raise bad(path, "top level", f"unknown keys {sorted(unknown)}")
    actors = []
    for i, e in enumerate(data.get("actors") or []):
        where = checked_entry(path, "actors", i, e, allowed=_ACTOR_KEYS, required=("id", "name", "kind"),
                              slug=_SLUG, noun="actor")
        if e["kind"] not in KINDS:
            raise bad(path, where, f"kind {e['kind']!r} is not one of {sorted(KINDS)}")
        check_country_code(path, where, e, "country")
        if e.get("follows_lineage") not in (None, True, False, "dated"):
            raise bad(path, where, "follows_lineage is true, false or 'dated'")
        for name in ("aliases", "descriptive", "contextual", "metonyms", "affiliations", "operates_in", "operates_in_regions"):
            e[name] = str_list(path, where, e.get(name), name)
        if any(not re.fullmatch(r"[A-Z]{2}:\S.*", r) for r in e["operates_in_regions"]):
            raise bad(path, where, "operates_in_regions entries are 'CC:Region' (\"NE:Diffa\")")
        actors.append(e)
    lineage = []
    for i, e in enumerate(data.get("lineage") or []):
        where = f"lineage[{i}]"
        if not isinstance(e, dict) or not e.get("from") or not e.get("to") or e.get("date") is None:
            raise bad(path, where, "a lineage entry needs 'from', 'to' and 'date'")
        try:
            _start(str(e["date"]))
        except (ValueError, TypeError):
            raise bad(path, where, f"date {e['date']!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
        lineage.append(e)
    persons = []
    for i, e in enumerate(data.get("persons") or []):
        where = f"persons[{i}]"
        if not isinstance(e, dict) or not isinstance(e.get("name"), str):
            raise bad(path, where, "a person entry needs a 'name'")
        e["aliases"] = str_list(path, where, e.get("aliases"), "aliases")
        persons.append(e)
    return actors, lineage, persons


def load_actor_base(files: Iterable[str | Path] = ()) -> ActorBase:
    """The shipped base with ``files`` merged over it (later files win on equal ids)."""
    entries: dict[str, tuple[dict, Path]] = {}
    lineage: dict[tuple[str, str], dict] = {}
    persons: dict[str, dict] = {}
    for path in [SHIPPED, *(Path(f) for f in files)]:
        a_list, l_list, p_list = read_actor_file(path)
        for e in a_list:
            entries[e["id"]] = (e, path)
        for e in l_list:
            lineage[(e["from"], e["to"])] = e
        for e in p_list:
            persons[alias_key(e["name"])] = e
    base = ActorBase()
    for actor_id, (e, path) in entries.items():
        for ref in e["affiliations"]:
            if ref not in entries:
                raise bad(path, f"actor {actor_id}", f"affiliation {ref!r} is not a known actor id")
        base.actors[actor_id] = Actor(
            actor_id=actor_id, name=e["name"], kind=e["kind"], country=e.get("country"),
            aliases=e["aliases"], descriptive=e["descriptive"], affiliations=e["affiliations"],
            notes=str(e.get("notes") or ""),
        )
        base.origins[actor_id] = "shipped" if path == SHIPPED else str(path)
        if e.get("contextual"):
            base.contextual[actor_id] = e["contextual"]
        if e.get("metonyms"):
            base.metonyms[actor_id] = e["metonyms"]
        if e.get("follows_lineage"):
            base.follows_lineage.add(actor_id)
        if e.get("follows_lineage") == "dated":
            base.dated_lineage.add(actor_id)
        if e.get("operates_in"):
            base.operates_in[actor_id] = e["operates_in"]
        for entry in e["operates_in_regions"]:
            country, _, region = entry.partition(":")
            base.operates_in_regions.setdefault(actor_id, {}).setdefault(country, set()).add(fold_name(region).lower())
    for (src, dst), e in lineage.items():
        for ref in (src, dst):
            if ref not in base.actors:
                raise SitrepError(ErrorCode.invalid, f"lineage {src} -> {dst}: {ref!r} is not a known actor id")
        base.lineage.append(Lineage(predecessor=src, successor=dst, date=str(e["date"]), note=str(e.get("note") or "")))
    for e in persons.values():
        aff = e.get("affiliation")
        if aff and aff not in base.actors:
            raise SitrepError(ErrorCode.invalid, f"person {e['name']}: affiliation {aff!r} is not a known actor id")
        base.persons.append(PersonEntry(e["name"], aff, e.get("role"), e["aliases"]))
    add_foreign_civilians(base)
    _index(base)
    log.debug("actor base: %d actors, %d lineage links, %d persons", len(base.actors), len(base.lineage), len(base.persons))
    return base


def _index(base: ActorBase) -> None:
    for phrase, actor_id, conf, method, country in base.phrases():
        key = alias_key(phrase)
        if not key:
            continue
        entries = base.index.setdefault(key, [])
        if not any(a == actor_id and m == method for a, _, m, _ in entries):
            entries.append((actor_id, conf, method, country))


def add_org(base: ActorBase, actor_id: str, name: str) -> None:
    """Register an organisation found in text (``org:<key>``) so listings can name it."""
    if actor_id not in base.actors:
        base.actors[actor_id] = Actor(actor_id=actor_id, name=name, kind="external_other", aliases=[name])
        base.origins[actor_id] = "text"
