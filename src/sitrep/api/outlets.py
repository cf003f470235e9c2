"""Outlet endpoints under /api: the outlets of the stored documents with their profiles, and one
outlet's page (profile, documents, events reported, statements relayed, contradictions)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from sitrep.api.reads import Cur, json_response
from sitrep.knowledge.outlets import OUTLET_KINDS
from sitrep.outlet_activity import list_outlets as outlet_listing
from sitrep.outlet_activity import outlet_detail

router = APIRouter()


@router.get("/outlets", tags=["outlets"])
def list_outlets(
    request: Request,
    con: Cur,
    all: Annotated[bool, Query(description="also the outlet base's outlets no stored document names")] = False,  # noqa: A002
    kind: Annotated[str | None, Query(max_length=40, description=f"one of {', '.join(OUTLET_KINDS)}")] = None,
) -> list[dict[str, Any]]:
    return json_response(outlet_listing(request.app.state.sitrep.view(con), include_unseen=all, kind=kind, con=con))


@router.get("/outlets/{name}", tags=["outlets"])
def get_outlet(request: Request, con: Cur, name: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    return json_response(outlet_detail(request.app.state.sitrep.view(con), name, con=con))
