"""The payload of each kind of analyst correction, as a typed model shared by the API and the CLI.

A payload of the wrong shape (``"mention_ids": 5``, ``"alias": {"a": 1}``) is refused here, before
anything is looked up or stored: ``E_INVALID`` (422 in the API, a usage error in the CLI).  What
needs the store (is the event there, is the mention one of its reports, is the sub-type one of the
type's) is checked afterwards by ``sitrep.corrections.validate``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from sitrep.errors import ErrorCode, SitrepError

Text = Annotated[str, Field(max_length=2000)]


class Payload(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MovePlace(Payload):
    """A known gazetteer place, or a location with its coordinates."""

    place_id: Text | None = None
    location: Text | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: Text | None = None
    admin1: Text | None = None
    admin2: Text | None = None
    geo_precision: int | None = None


class ChangeType(Payload):
    event_type: Text
    sub_event_type: Text


class Merge(Payload):
    other: Text  # the event merged into the target


class Split(Payload):
    mention_ids: list[Text] = Field(min_length=1, max_length=10_000)  # the reports that become a new event


class DetachReport(Payload):
    mention_id: Text  # a report that is not about the target event


class AddAlias(Payload):
    alias: Text


PAYLOADS: dict[str, type[Payload]] = {
    "move_place": MovePlace,
    "change_type": ChangeType,
    "merge": Merge,
    "split": Split,
    "detach_report": DetachReport,
    "add_alias": AddAlias,
}


def describe(error: ValidationError) -> str:
    """The first few problems of a validation error, one ``where: what`` each."""
    parts = []
    for err in error.errors()[:5]:
        where = ".".join(str(x) for x in err.get("loc", ()))
        parts.append(f"{where or 'payload'}: {err.get('msg')}")
    return "; ".join(parts)


def parse_payload(kind: str, payload: Any) -> dict[str, Any]:
    """``payload`` checked against ``kind``'s model; the given fields as plain values."""
    model = PAYLOADS.get(kind)
    if model is None:
        raise SitrepError(ErrorCode.invalid, f"unknown correction kind {kind!r}; one of {', '.join(PAYLOADS)}")
    try:
        return model.model_validate(payload if payload is not None else {}).model_dump(exclude_none=True)
    except ValidationError as exc:
        raise SitrepError(ErrorCode.invalid, f"{kind} payload: {describe(exc)}") from exc


class CorrectionBase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    target: str = Field(min_length=1, max_length=200, description="event id, or actor id for add_alias")
    why: str | None = Field(default=None, max_length=2000)
    who: str | None = Field(default=None, max_length=100, description="defaults to the X-Sitrep-User header")


# one request model per kind (kind + its typed payload), told apart by ``kind``
CorrectionIn = Annotated[
    Union[tuple(
        create_model(f"{model.__name__}Correction", __base__=CorrectionBase,
                     kind=(Literal[kind], ...), payload=(model, ...))
        for kind, model in PAYLOADS.items()
    )],
    Field(discriminator="kind"),
]
