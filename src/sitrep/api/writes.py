"""Write endpoints: ingesting documents (JSON body or uploaded file) and analyst corrections.

Every write needs the token (``require_write``) and runs under the server's single write lock.
An ingest hands the request's *content* to ``sitrep.pipeline.run`` as the in-memory "-" input:
a filesystem path in a request is never read.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Request, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from sitrep.api.state import require_write
from sitrep.correction_payloads import CorrectionIn
from sitrep.errors import ErrorCode, SitrepError
from sitrep.corrections import apply_corrections, create_correction
from sitrep import pipeline

log = logging.getLogger(__name__)
router = APIRouter()

Writer = Annotated[str, Depends(require_write)]
UPLOAD_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom"}


class ArticleIn(BaseModel):
    """One article as JSON: the text and what is known about it."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=2_000_000)
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    published: dt.date | None = None
    external_id: str | None = Field(default=None, max_length=200)
    language: str | None = Field(default=None, max_length=10)
    wire: str | None = Field(default=None, max_length=100)


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    documents: list[ArticleIn] = Field(min_length=1, max_length=1000)


def _run_pipeline(request: Request, content: bytes) -> dict[str, Any]:
    """Run the whole pipeline on ``content`` given as the "-" input (read from memory, sniffed
    like stdin), under the write lock; then re-apply corrections over the re-fused events."""
    state = request.app.state.sitrep
    with state.write_lock, state.store.hold():
        summary = pipeline.run(["-"], state.store, analyzer=state.lazy_analyzer(), actors=state.actor_base(),
                               stdin=io.BytesIO(content), max_bytes=state.max_body_bytes)
        apply_corrections(state.store)  # idempotent; keeps analyst corrections over re-fused events
    result = summary.as_dict()
    result["doc_ids"] = list(summary.doc_ids)
    return result


def _ingest_answer(result: dict[str, Any]) -> JSONResponse:
    """201 when something was stored; 200 when everything was already stored (a repeated post);
    422 ``E_INVALID`` with the per-input errors when nothing was stored or already there."""
    if result["stored"]:
        return JSONResponse(result, status_code=201)
    if result["duplicates"]:
        return JSONResponse(result, status_code=200)
    refused = len(result["errors"])
    message = f"nothing was stored: {refused} input(s) refused" if refused else "nothing was stored: no article found"
    return JSONResponse({"code": ErrorCode.invalid.value, "message": message, **result}, status_code=422)


INGEST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "nothing new: every article was already stored"},
    422: {"description": "nothing stored: `errors` lists why each input was refused"},
}


@router.post("/documents", tags=["documents"], status_code=201, responses=INGEST_RESPONSES)
def ingest_json(body: IngestIn, request: Request, who: Writer) -> JSONResponse:
    """Ingest articles given as JSON; returns the run summary (stored, duplicates, skipped by code)."""
    records = []
    for doc in body.documents:
        rec = doc.model_dump(mode="json", exclude_none=True)
        if "external_id" in rec:
            rec["id"] = rec.pop("external_id")  # the reader's name for it
        records.append(rec)
    log.info("API ingest of %d JSON document(s) by %s", len(records), who)
    return _ingest_answer(_run_pipeline(request, json.dumps(records, ensure_ascii=False).encode("utf-8")))


@router.post("/documents/upload", tags=["documents"], status_code=201, responses=INGEST_RESPONSES)
def ingest_upload(request: Request, who: Writer, file: Annotated[UploadFile, File()]) -> JSONResponse:
    """Ingest one uploaded file (text, HTML, JSON/JSONL articles, RSS/Atom feed; the format is sniffed)."""
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise SitrepError(ErrorCode.unsupported, f"upload a file ending in one of {', '.join(sorted(UPLOAD_SUFFIXES))}")
    limit = request.app.state.sitrep.max_body_bytes
    content = file.file.read(limit + 1)
    if len(content) > limit:
        raise SitrepError(ErrorCode.too_large, f"upload over {limit} bytes")
    log.info("API upload %r (%d bytes) by %s", (file.filename or "")[:100], len(content), who)
    return _ingest_answer(_run_pipeline(request, content))


@router.post("/corrections", tags=["corrections"], status_code=201)
def add_correction(body: CorrectionIn, request: Request, who: Writer) -> dict[str, Any]:
    """Record and apply a correction; the previous version of each changed event is kept."""
    state = request.app.state.sitrep
    with state.write_lock, state.store.hold():
        record = create_correction(state.store, body.kind, body.target, body.payload.model_dump(exclude_none=True),
                                   who=body.who or who, why=body.why)
    record["made_at"] = record["made_at"].isoformat()
    return record
