"""The typed records that flow between stages: ingest → analyse → store → fuse → serve.

Every derived record carries a ``Span`` pointing at ``(doc_id, char_start, char_end)`` in the
document's ``text`` (the article text exactly as read; for HTML inputs that is the extracted main
text, and the raw HTML is kept beside it).  Records are pydantic models so that they serialise to
JSON for the store, the API and Dask without hand-written converters, and pickle for process pools.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator


# a lone UTF-16 surrogate: what Python makes of an undecodable byte in a file name (U+DC80-U+DCFF,
# "surrogateescape") or of a "\ud800" escape in JSON.  UTF-8 cannot hold one, so a store write fails.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def readable(value: str) -> str:
    """``value`` with each lone surrogate written as a visible escape (byte 0xFF of a file name
    as ``\\xff``, others as ``\\ud800``): storable, and still showing what was there."""
    if not _LONE_SURROGATE.search(value):
        return value

    def escape(match: re.Match) -> str:
        code = ord(match.group())
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"

    return _LONE_SURROGATE.sub(escape, value)


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD: same length, so offsets still hold."""
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


class Record(BaseModel):
    """Base of every record: strict about unknown fields so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------------------------------------
# Provenance


class Span(Record):
    """A character range in one document's ``text``: the address of every fact."""

    doc_id: str
    char_start: int
    char_end: int

    def quote(self, text: str) -> str:
        return text[self.char_start : self.char_end]


class Precision(str, Enum):
    """ACLED's time_precision, extended: day=1, week=2 (a span of days up to a week), month=3 (only the month is
    known), year=3 (coarser than ACLED codes; kept at its coarsest code)."""

    day = "day"
    week = "week"
    month = "month"
    year = "year"

    @property
    def acled_code(self) -> int:
        return {"day": 1, "week": 2, "month": 3, "year": 3}[self.value]


# the evidence of a date a sentence takes from its story's lead (``analyse.events.lead_deed_day``): its own text dates
# nothing, as with a date from publication
LEAD_DAY_EVIDENCE = "the lead's day: "


class DateInterval(Record):
    """A date as an interval with a precision; ``is_estimate`` when it rests on an estimated anchor."""

    earliest: dt.date
    latest: dt.date
    precision: Precision
    is_estimate: bool = False
    evidence: str = ""  # the phrase or reasoning the interval came from

    def overlaps(self, other: "DateInterval") -> bool:
        return self.earliest <= other.latest and other.earliest <= self.latest

    @property
    def best(self) -> dt.date:
        """A single representative day (the start, as ACLED codes week/month events)."""
        return self.earliest


class FieldSource(Record):
    """Where a metadata field's value came from: ``source`` is one of given (input metadata),
    text (stated in the article), url, html (page metadata), estimate (inferred); ``evidence`` is the
    phrase or reason; ``span`` the place in the text when there is one."""

    source: str
    evidence: str = ""
    span: Span | None = None


# ---------------------------------------------------------------------------------------------
# Ingest → Document


class Segment(Record):
    """A kept range of ``Document.text`` (a paragraph of article body, boilerplate excluded)."""

    char_start: int
    char_end: int


class Published(Record):
    """The publication date: stated (``is_estimate`` False) or estimated with a range and evidence."""

    date: dt.date | None = None
    is_estimate: bool = False
    earliest: dt.date | None = None
    latest: dt.date | None = None
    evidence: str = ""


class Document(Record):
    doc_id: str  # sha256 of text, first 16 hex digits: equal content → equal id
    external_id: str | None = None
    source: str  # the path, URL or "-" it was read from
    text: str  # article text, verbatim; every Span points into it
    raw: str | None = None  # the original markup when the input was HTML or a feed entry
    segments: list[Segment] = Field(default_factory=list)  # kept body paragraphs
    title: str | None = None
    outlet: str | None = None
    wire: str | None = None
    url: str | None = None
    language: str | None = None
    published: Published = Field(default_factory=Published)
    field_sources: dict[str, FieldSource] = Field(default_factory=dict)
    duplicate_of: str | None = None  # near-duplicate: the doc_id of the first copy seen
    fetched_at: dt.datetime | None = None

    @field_validator("source", "external_id", "title", "outlet", "wire", "url", "language")
    @classmethod
    def _readable(cls, value: str | None) -> str | None:
        return None if value is None else readable(value)

    @field_validator("text", "raw")
    @classmethod
    def _storable(cls, value: str | None) -> str | None:
        return None if value is None else without_surrogates(value)

    @property
    def clean_text(self) -> str:
        """The article body without boilerplate, paragraphs separated by blank lines."""
        return "\n\n".join(self.text[s.char_start : s.char_end] for s in self.segments)

    @property
    def anchor_date(self) -> dt.date | None:
        """The date relative expressions resolve against (stated or estimated)."""
        return self.published.date


class Outlet(Record):
    """A publisher's profile from the outlet base (``knowledge/data/outlets.yaml``), or a bare name
    for an outlet the base does not know (``known`` False: no kind, no owner)."""

    outlet_id: str
    name: str
    short: str | None = None  # the credit it signs with ("AFP", "AIB")
    aliases: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    handles: list[str] = Field(default_factory=list)
    country: str | None = None
    languages: list[str] = Field(default_factory=list)
    kind: str | None = None  # wire | broadcaster | national_press | ... (OUTLET_KINDS)
    owner: str | None = None
    ownership: str | None = None  # private | public | state | party | armed_group | ngo | un | platform
    owner_country: str | None = None
    actor: str | None = None  # the actor speaking through a government or armed group channel
    source_scale: str | None = None  # ACLED's source scale
    known: bool = True

    @property
    def credit(self) -> str:
        return self.short or self.name


class InputNote(Record):
    """What ingest says about one input: where it came from, a code and a message."""

    source: str
    code: str  # one of sitrep.errors.ErrorCode
    message: str

    @field_validator("source", "message")
    @classmethod
    def _readable(cls, value: str) -> str:
        return readable(value)


class IngestError(InputNote):
    """An input that was skipped: counted in the summary, never aborts a batch."""


class IngestWarning(InputNote):
    """An input that was kept with a caveat (bytes replaced while decoding): counted in the
    summary beside the skipped inputs, never a reason to skip."""


# ---------------------------------------------------------------------------------------------
# Analyse → Analysis (per document, pure)


class ActorMention(Record):
    span: Span
    surface: str
    actor_id: str  # canonical actor id (knowledge base slug, or "org:<normalised name>" for new ones)
    confidence: float = 1.0
    method: str = "alias"  # alias | descriptive | model | coreference


class PersonMention(Record):
    span: Span
    surface: str
    person_id: str  # "person:<normalised canonical name>"
    name: str  # the fullest form seen in the document
    affiliation: str | None = None  # actor_id the person speaks for, when the text says so
    role: str | None = None  # "spokesman", "junta leader", ...


class PlaceMention(Record):
    span: Span
    surface: str
    place_id: str | None  # "gn:<geonameid>" when resolved, None when unresolved
    name: str  # gazetteer name when resolved, else the surface form
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None  # ISO 3166 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    feature_code: str | None = None
    geo_precision: int = 1  # ACLED: 1 town, 2 near town / part of region, 3 region or country
    confidence: float = 1.0


class DateMention(Record):
    span: Span
    surface: str
    interval: DateInterval


class Fatalities(Record):
    """A count with its qualifier: "at least 17" → low 17, high None; "dozens" → low 12 (ACLED)."""

    low: int | None = None
    high: int | None = None
    phrase: str = ""
    vague: bool = False  # "heavy losses": no number, noted
    kind: str = "killed"  # killed | injured | killed_or_captured
    estimate: str = ""  # the codebook rule that gave ``low`` when the text tells the dead without a figure


class Modality(str, Enum):
    fact = "fact"
    claim = "claim"
    denied = "denied"
    background = "background"


# the bounds of an undated relay's days in the fusion index (``EventMention.fusion_interval``)
UNDATED_FLOOR = dt.date(1900, 1, 1)
UNDATED_CEILING = dt.date(9999, 12, 31)


class EventMention(Record):
    """One sentence (or clause) that reports an event, coded in ACLED's taxonomy."""

    mention_id: str  # f"{doc_id}:{char_start}"
    span: Span  # the sentence
    trigger: str = ""  # the word(s) that signalled the event
    event_type: str
    sub_event_type: str
    side1: list[str] = Field(default_factory=list)  # actor ids
    side2: list[str] = Field(default_factory=list)
    assoc1: list[str] = Field(default_factory=list)
    assoc2: list[str] = Field(default_factory=list)
    place: PlaceMention | None = None
    date: DateInterval | None = None
    fatalities: Fatalities | None = None
    injuries: Fatalities | None = None
    modality: Modality = Modality.fact
    source_actor: str | None = None  # who says so when modality is claim/denied (actor or person id)
    version: str = ""  # the source's characterisation: "retreat", "victory", "pullback", "fled", ...
    confidence: float = 1.0
    # the date is the article's own day (its text dates nothing): the event is on or before it
    date_from_publication: bool = False
    separate: bool = False  # the text sets it apart from an incident told nearby ("in a separate attack")
    place_corrected: bool = False  # the text moves the incident from a place first reported ("and not in X as first reported")
    # the weekday (0 = Monday) an article with no day of its own tells its news by ("claimed the ambush ... on
    # Sunday"): a relay of others' reports, which may join a dated report of that weekday (``fusion_interval``)
    told_weekday: int | None = None
    # the sentence tells its incident on a road (an ambush, a convoy, "on the road to X", « l'axe X-Y »): outlets
    # round such an incident to either end of the road (``sitrep.fuse.nearness.road_ends``)
    on_road: bool = False

    def parties(self) -> tuple[str, ...]:
        """Every actor the report names: its two sides and the actors associated with each (empty: it names no
        party, "the toll has risen to 27 dead")."""
        return (*self.side1, *self.side2, *self.assoc1, *self.assoc2)

    def fusion_interval(self) -> tuple[dt.date, dt.date] | None:
        """The days the fusion index files this report under: its own interval; for an undated article's news
        told by its weekday alone, every day from its estimated earliest on (the relay may be read years after
        the recollections its estimate rests on; ``sitrep.fuse.match_dates`` then asks for the weekday)."""
        if self.told_weekday is not None:
            floor = self.date.earliest if self.date is not None and self.date.is_estimate else UNDATED_FLOOR
            return floor, UNDATED_CEILING
        return (self.date.earliest, self.date.latest) if self.date is not None else None


class Stance(str, Enum):
    asserts = "asserts"
    denies = "denies"
    claims_responsibility = "claims_responsibility"
    demands = "demands"


class Claim(Record):
    claim_id: str  # f"{doc_id}:{char_start}"
    span: Span
    speaker: str  # actor id or person id
    speaker_surface: str = ""
    on_behalf_of: str | None = None  # actor id
    via: str | None = None  # intermediary that relays it: "Reuters", "AFP"
    verb: str = ""
    content: str = ""
    quoted: bool = False
    stance: Stance = Stance.asserts
    event_mentions: list[str] = Field(default_factory=list)  # mention_ids it is about


class Analysis(Record):
    doc_id: str
    language: str | None = None
    anchor: DateInterval | None = None  # the publication date used to resolve relative dates
    actors: list[ActorMention] = Field(default_factory=list)
    persons: list[PersonMention] = Field(default_factory=list)
    places: list[PlaceMention] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    events: list[EventMention] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    new_orgs: list[ActorMention] = Field(default_factory=list)  # unknown organisations found by the model
    timings: dict[str, float] = Field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# Knowledge


class Lineage(Record):
    predecessor: str  # actor id
    successor: str
    date: str  # ISO date or partial ("2024-11", "2023")
    note: str = ""


class Actor(Record):
    actor_id: str
    name: str
    kind: str  # ACLED actor category: state_forces, rebel_group, political_militia, ...
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    descriptive: list[str] = Field(default_factory=list)  # lower-confidence descriptions
    affiliations: list[str] = Field(default_factory=list)  # actor ids
    notes: str = ""


class Place(Record):
    place_id: str  # "gn:<geonameid>"
    name: str
    latitude: float
    longitude: float
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    population: int = 0


# ---------------------------------------------------------------------------------------------
# Fuse → Event, disputes, control


class Report(Record):
    """One source's account of an event: which document said what."""

    mention_id: str
    doc_id: str
    external_id: str | None = None
    outlet: str | None = None
    url: str | None = None
    char_start: int
    char_end: int
    quote: str
    fatalities: Fatalities | None = None
    version: str = ""
    modality: Modality = Modality.fact
    source_actor: str | None = None
    independent_of: str | None = None  # doc_id this copy duplicates (syndication)
    source_kind: str = ""  # who gave this account: army, government, armed group, residents, ... ("" unknown)


class Version(Record):
    """One side of a dispute."""

    label: str  # "retreat", "fled", "at least 17 killed", "perpetrator: JNIM"
    mention_ids: list[str]
    outlets: list[str] = Field(default_factory=list)
    source_actor: str | None = None


class Dispute(Record):
    kind: str  # outcome | fatalities | perpetrator | account
    description: str
    versions: list[Version]


class Event(Record):
    event_id: str
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: list[str] = Field(default_factory=list)
    actor2: str | None = None
    assoc_actor_2: list[str] = Field(default_factory=list)
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    place_id: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    date: DateInterval | None = None
    fatalities_low: int | None = None
    fatalities_best: int | None = None
    fatalities_high: int | None = None
    fatalities_rule: str = ""  # how low/best/high were chosen from the sources' figures
    disputed: bool = False
    disputes: list[Dispute] = Field(default_factory=list)
    source_count: int = 0  # independent sources (syndicated copies count once)
    reports: list[Report] = Field(default_factory=list)
    notes: str = ""
    modality: Modality = Modality.fact
    merge_reasons: list[str] = Field(default_factory=list)  # why these reports are one event
    # how sure the extraction is that this happened: its most confident report's mention confidence
    confidence: float = 1.0


class ControlPeriod(Record):
    place_id: str
    place_name: str
    holder: str  # actor id
    start: dt.date | None = None
    end: dt.date | None = None
    evidence: list[str] = Field(default_factory=list)  # event ids


JSON = dict[str, Any]
