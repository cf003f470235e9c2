"""The REST API (FastAPI) over a sitrep store; ``create_app`` builds it, ``sitrep serve`` runs it.

Reads (open unless a read token is configured), all under ``/api``:

* ``GET /documents`` (paged by ``cursor``), ``GET /documents/{doc_id}`` (text and segments)
* ``GET /events`` — filters ``place actor type sub_type since until disputed bbox outlet reported_by
  single_perspective``, ``sort``
  (``date -date fatalities -fatalities sources -sources``), keyset paging (``limit``, ``cursor`` =
  the previous page's ``next_cursor``)
* ``GET /events/{id}`` — the event, its reports with quotes and documents, disputes (versions),
  claims, history (every stored version), corrections, ACLED row, coverage (who reported it, whose
  statements each report relays, the perspective summary); ``GET /events/{id}/history``
* ``GET /outlets`` (profiles of the documents' outlets; ``all``, ``kind``), ``GET /outlets/{name}``
  (profile, documents, events reported, statements relayed, contradictions)
* ``GET /actors``, ``GET /actors/{id}`` (aliases, lineage, events as side 1 / side 2)
* ``GET /places``, ``GET /places/{id}`` (events, control), ``GET /places/{id}/control``, ``GET /control``
* ``GET /disputes``, ``GET /claims``, ``GET /sources`` (events per outlet, events only it reported)
* ``GET /map`` — a compact GeoJSON FeatureCollection of located events (same filters as /events)
* ``GET /corrections``, ``GET /health``; the OpenAPI document is ``/openapi.json``

Writes (``Authorization: Bearer $SITREP_TOKEN``): ``POST /documents`` (JSON articles),
``POST /documents/upload`` (one file), ``POST /corrections`` (see ``sitrep.corrections``).
Errors: ``{"code": "E_...", "message": "..."}`` with the codes of ``sitrep.errors``.

May import: export, query, the pipeline and everything below them; never the CLI, eval, report
or web (siblings in the serve layer).
"""

from __future__ import annotations

from sitrep.api.app import create_app

__all__ = ["create_app"]
