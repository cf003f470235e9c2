"""Geoparsing evaluation on news corpora with gold toponyms (TR-News, GeoVirus format).

End to end from raw text: each article goes through the spaCy pipeline, the actors stage (it decides
which names are organisations and which countries the article is about) and the places stage; the
predicted place mentions are compared with the gold toponyms.

- recall: share of gold toponyms overlapped by a predicted place mention;
- precision: share of predicted place mentions that overlap a gold toponym;
- within_161km: among matched gold toponyms with coordinates, the share the prediction resolved to
  within 161 km (100 miles, the usual geoparsing "accuracy@161"); unresolved predictions count as misses.

Both formats are read: GeoVirus (``<article><text/><locations><location><name/><start/><end/><lat/><lon/>``)
and TR-News (``<article><text><![CDATA[...]]></text><toponyms><toponym><phrase/><start/><end/><gaztag>
<lat/><lon/>``).  GeoVirus offsets are sometimes one character off; each gold span is re-anchored on its
name within a few characters.
"""

from __future__ import annotations

import logging
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from sitrep.analyse.actors import find_actors
from sitrep.analyse.context import Context, Paragraph
from sitrep.analyse.places import find_places
from sitrep.geo import haversine_km
from sitrep.model import Document, Segment

log = logging.getLogger(__name__)


@dataclass
class GoldToponym:
    name: str
    start: int
    end: int
    lat: float | None
    lon: float | None


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def read_corpus(xml_path: str | Path) -> list[tuple[str, list[GoldToponym]]]:
    """(text, gold toponyms) per article, from either format."""
    from lxml import etree

    root = etree.parse(str(xml_path), etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True)).getroot()
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for loc in [*art.iter("location"), *art.iter("toponym")]:
            name = loc.findtext("phrase") or loc.findtext("name") or ""
            try:
                start, end = int(loc.findtext("start")), int(loc.findtext("end"))
            except (TypeError, ValueError):
                continue
            start, end = _realign(text, name, start, end)
            gold.append(GoldToponym(name, start, end, _float(loc.findtext(".//lat")), _float(loc.findtext(".//lon"))))
        out.append((text, gold))
    return out


def _realign(text: str, name: str, start: int, end: int) -> tuple[int, int]:
    if not name or text[start:end] == name:
        return start, end
    for delta in (-1, 1, -2, 2, -3, 3):
        s = start + delta
        if s >= 0 and text[s:s + len(name)] == name:
            return s, s + len(name)
    return start, end



def place_mentions(analyzer, text: str, doc_id: str = "eval"):
    """The place mentions of a raw text: spaCy + actors + places, nothing else."""
    segments = [Segment(char_start=m.start(), char_end=m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    document = Document(doc_id=doc_id, source="eval", text=text, segments=segments)
    nlp = analyzer.nlp("en")
    docs = nlp.pipe([text[s.char_start:s.char_end] for s in segments])
    paragraphs = [Paragraph(offset=s.char_start, doc=d) for s, d in zip(segments, docs)]
    ctx = Context(document=document, language="en", paragraphs=paragraphs, knowledge=analyzer.knowledge, anchor=None)
    ctx.actors, ctx.persons, ctx.new_orgs = find_actors(ctx)
    return find_places(ctx)


def evaluate_geoparse(xml_path: str | Path, knowledge, analyzer, limit: int | None = None) -> dict:
    """Toponym recall, precision and accuracy@161 km of the analysis on one corpus file."""
    articles = read_corpus(xml_path)[:limit]
    n_gold = n_pred = gold_hit = pred_hit = 0
    with_coords = within = 0
    errors: list[float] = []
    words = 0
    t0 = time.perf_counter()
    for i, (text, gold) in enumerate(articles):
        words += len(text.split())
        preds = place_mentions(analyzer, text, doc_id=f"a{i}")
        n_gold += len(gold)
        n_pred += len(preds)
        pred_hit += sum(any(p.span.char_start < g.end and g.start < p.span.char_end for g in gold) for p in preds)
        for g in gold:
            match = [p for p in preds if p.span.char_start < g.end and g.start < p.span.char_end]
            if not match:
                continue
            gold_hit += 1
            if g.lat is None or g.lon is None:
                continue
            with_coords += 1
            p = match[0]
            if p.latitude is None:
                continue
            d = haversine_km(g.lat, g.lon, p.latitude, p.longitude)
            errors.append(d)
            within += d <= 161
    seconds = time.perf_counter() - t0
    return {
        "corpus": Path(xml_path).name,
        "articles": len(articles),
        "gold_toponyms": n_gold,
        "predicted": n_pred,
        "recall": round(gold_hit / n_gold, 4) if n_gold else None,
        "precision": round(pred_hit / n_pred, 4) if n_pred else None,
        "within_161km": round(within / with_coords, 4) if with_coords else None,
        "resolved_of_matched": round(len(errors) / with_coords, 4) if with_coords else None,
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
        "seconds": round(seconds, 1),
        "words_per_second": round(words / seconds) if seconds else None,
    }
