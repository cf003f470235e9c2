"""``sitrep eval gold``: run the whole pipeline on a corpus and score it against a gold file.

One module per part: ``run`` (the pipeline on the corpus), ``score`` (all sections, names → ids),
then one per section: ``documents``, ``actors`` (and lineage), ``places``, ``events`` (and
event_details), ``claims`` (and contradictions), ``control``.

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

from sitrep.eval.gold.actors import score_aliases, score_lineage
from sitrep.eval.gold.claims import score_claims, score_contradictions
from sitrep.eval.gold.control import score_control
from sitrep.eval.gold.documents import score_documents
from sitrep.eval.gold.events import score_events
from sitrep.eval.gold.names import map_names
from sitrep.eval.gold.places import score_places
from sitrep.eval.gold.run import (
    RecordingAnalyzer,
    Run,
    default_analyzer,
    evaluate_gold,
    import_geonames,
    run_corpus,
    shared_run,
)
from sitrep.eval.gold.score import SECTIONS, score
from sitrep.eval.goldfile import load_gold

__all__ = [
    "SECTIONS", "RecordingAnalyzer", "Run", "default_analyzer", "evaluate_gold", "import_geonames", "load_gold",
    "map_names", "run_corpus", "score", "score_aliases", "score_claims", "score_contradictions", "score_control",
    "score_documents", "score_events", "score_lineage", "score_places", "shared_run",
]
