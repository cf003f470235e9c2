"""How many ACLED notes end up in one fused event with another note, and whether they are one incident.

``sitrep eval acled`` runs each note as its own document and fuses them, so a note merged with its
neighbour takes the merged event's place, toll and date; ACLED notes are one event each by
construction, so every such merge is suspect.  "Same incident" here: same day, < 5 km, same sub-type.

    PYTHONPATH=src python bench/notes_sharing_events.py NOTES.csv [GEONAMES_DUMP ...]
"""
import sys, json, glob
from sitrep.eval.acled import read_acled, score_row
from sitrep.eval.endtoend import TextRecord, run_texts
from sitrep.eval.notes import actor_resolver
from sitrep.eval.gold import default_analyzer
from sitrep.geo import haversine_km

path = sys.argv[1]
geo = sys.argv[2:] or None
rows, _ = read_acled(path)
records = [TextRecord(key=f"row-{r.row}", text=r.notes, outlet=r.source or None, published=r.event_date, language="en") for r in rows]
run = run_texts(records, geonames=geo)
doc_row = {res.doc_id: r for r, res in zip(rows, run.results) if res.doc_id}
resolve = actor_resolver(default_analyzer().knowledge)
shared = 0; same = 0; fails = {}
out = []
for r, res in zip(rows, run.results):
    e = res.primary_event()
    if e is None: continue
    others = sorted({rep.doc_id for rep in e.reports} - {res.doc_id})
    others = [doc_row[d] for d in others if d in doc_row]
    if not others: continue
    shared += 1
    def same_inc(o):
        return (o.event_date == r.event_date and o.latitude is not None and r.latitude is not None
                and haversine_km(o.latitude, o.longitude, r.latitude, r.longitude) < 5
                and o.sub_event_type == r.sub_event_type)
    s = all(same_inc(o) for o in others)
    same += s
    sc = score_row(r, res, resolve)
    bad = [k for k, v in sc.checks.items() if not v[0]]
    for k in bad: fails[k] = fails.get(k, 0) + 1
    out.append(f"row {r.row} {r.event_date} {r.location} {r.sub_event_type} | with " + "; ".join(f"row {o.row} {o.event_date} {o.location} {o.sub_event_type}" for o in others) + f" | same={s} fails={bad}")
print(f"{path}: rows {len(rows)}, in an event with another note {shared}, of which same incident (same day, <5 km, same sub-type) {same}; failed fields among them {fails}")
print("\n".join(out))
