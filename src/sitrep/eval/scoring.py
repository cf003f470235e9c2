"""Scored items and sections: the common currency of every ``sitrep eval`` command.

Each gold fact (an alias, a place variant, an event, a document field...) becomes one ``Item`` with a
status, and a section's precision and recall are counted from the statuses the same way everywhere:

- ``ok``     the system gave the expected answer                       (a true positive)
- ``miss``   the system gave no answer                                 (a false negative)
- ``wrong``  the system gave an answer, and it is not the expected one (a false negative *and* a false positive)
- ``extra``  the system gave an answer no gold item asked for          (a false positive: e.g. an unmatched event)

precision = ok / (ok + wrong + extra), recall = ok / (ok + miss + wrong).  A section with gold items
but no answers has precision 0 (a stage that finds nothing must not look precise); a section with
no gold items at all reports 1.0/1.0 and is flagged ``empty``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

STATUSES = ("ok", "miss", "wrong", "extra")


@dataclass
class Item:
    """One checked fact: ``key`` names it for a person ("alias 'FaMa'", "event kidal-lost-2026")."""

    key: str
    status: str  # one of STATUSES
    expected: Any = None
    got: Any = None
    why: str = ""  # the reason for a miss or a wrong answer, readable by a person

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown item status {self.status!r}")


@dataclass
class Section:
    name: str
    items: list[Item] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)  # section-specific figures (e.g. fatalities checks)

    def add(self, key: str, status: str, expected: Any = None, got: Any = None, why: str = "") -> Item:
        item = Item(key, status, expected, got, why)
        self.items.append(item)
        return item

    def count(self, status: str) -> int:
        return sum(1 for i in self.items if i.status == status)

    @property
    def gold(self) -> int:
        return self.count("ok") + self.count("miss") + self.count("wrong")

    @property
    def answered(self) -> int:
        return self.count("ok") + self.count("wrong") + self.count("extra")

    @property
    def precision(self) -> float:
        if self.answered:
            return self.count("ok") / self.answered
        return 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        return self.count("ok") / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def misses(self) -> list[Item]:
        return [i for i in self.items if i.status in ("miss", "wrong")]

    @property
    def false_positives(self) -> list[Item]:
        return [i for i in self.items if i.status in ("wrong", "extra")]

    def summary(self) -> dict[str, Any]:
        return {
            "section": self.name,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "ok": self.count("ok"),
            "gold": self.gold,
            "answered": self.answered,
            "misses": self.count("miss") + self.count("wrong"),
            "false_positives": self.count("wrong") + self.count("extra"),
            "empty": not self.items,
        }

    def to_dict(self) -> dict[str, Any]:
        out = self.summary()
        out["miss_list"] = [_item_dict(i) for i in self.misses]
        out["false_positive_list"] = [_item_dict(i) for i in self.false_positives]
        out["items"] = [_item_dict(i) for i in self.items]
        if self.extras:
            out["extras"] = self.extras
        return out


def _item_dict(item: Item) -> dict[str, Any]:
    return {k: _plain(v) for k, v in asdict(item).items()}


def _plain(value: Any) -> Any:
    """JSON-friendly values (dates as ISO text, tuples as lists)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


@dataclass
class GoldReport:
    """The result of one gold evaluation: sections in a fixed order plus run facts."""

    gold_file: str
    corpus: str
    sections: list[Section] = field(default_factory=list)
    run: dict[str, Any] = field(default_factory=dict)  # pipeline summary, timings, warnings

    def section(self, name: str) -> Section:
        for s in self.sections:
            if s.name == name:
                return s
        raise KeyError(name)

    def scores(self) -> dict[str, dict[str, float]]:
        """``{section: {"precision": p, "recall": r, "f1": f}}`` — what the quality floors pin."""
        return {
            s.name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}
            for s in self.sections
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold_file": self.gold_file,
            "corpus": self.corpus,
            "run": _plain(self.run),
            "scores": self.scores(),
            "sections": [s.to_dict() for s in self.sections],
        }


# ---------------------------------------------------------------------------------------------
# quality floors


def below_floors(scores: dict[str, dict[str, float]], floors: dict[str, dict[str, float]],
                 tolerance: float) -> list[str]:
    """The figures under their pinned floor by more than ``tolerance``, as readable lines.

    ``scores`` and ``floors`` are ``{section: {measure: value}}``; a floor for a section or measure
    the scores lack counts as 0 (a section that disappeared is a failure, not a pass).
    """
    failures = []
    for section, measures in floors.items():
        for measure, floor in measures.items():
            value = scores.get(section, {}).get(measure, 0.0)
            if value < floor - tolerance:
                failures.append(f"{section}.{measure} = {value:.3f} < floor {floor:.3f} - {tolerance}")
    return failures
