"""Cannot-link: the reports that must never end up in one event, however a chain ties them.

Events are the connected components of the "same event" relation (``sitrep.fuse.core``), and a
component can chain two incidents through one report that matches both (a report dated only by
its article stands for the week before it).  Some pairs are known to be two events whatever the
chain (``match.cannot_link``: a town lost and retaken, an incident its article sets apart).  A
component holding such a pair is cut again: its ties are taken firmest first
(``match.link_strength``, then the node ids), and a tie that would bring a cannot-link pair
together is left out.  The result depends only on the component's ties, not on the order in which
they were found, so fusing documents in any order gives the same events.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sitrep.fuse.match import cannot_link, may_conflict
from sitrep.model import EventMention

# a tie between two nodes ("m:<mention>" or "e:<stored event>") and how firm it is
Tie = tuple[tuple, str, str]


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key becomes the root: deterministic whatever the order of unions
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def components_of(uf: UnionFind) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for node in list(uf.parent):
        out[uf.find(node)].append(node)
    return out


def _risky(nodes: Iterable[str], members: dict[str, list[EventMention]]) -> dict[str, list[EventMention]]:
    return {n: [m for m in members.get(n, []) if may_conflict(m)] for n in nodes}


def conflicted(nodes: list[str], members: dict[str, list[EventMention]]) -> bool:
    """Whether two reports of different nodes of this component cannot be one event."""
    risky = [(n, m) for n, ms in _risky(nodes, members).items() for m in ms]
    return any(na != nb and cannot_link(a, b) for i, (na, a) in enumerate(risky) for nb, b in risky[i + 1:])


def split_conflicts(components: dict[str, list[str]], ties: list[Tie],
                    members: dict[str, list[EventMention]]) -> dict[str, list[str]]:
    """``components`` with every conflicted one cut again along its firmest ties (module docstring);
    ``members``: the reports each node stands for."""
    out: dict[str, list[str]] = {}
    by_root: dict[str, list[Tie]] = defaultdict(list)
    root_of = {n: r for r, nodes in components.items() for n in nodes}
    for tie in ties:
        by_root[root_of[tie[1]]].append(tie)
    for root, nodes in components.items():
        if not conflicted(nodes, members):
            out[root] = nodes
            continue
        uf = UnionFind()
        risky = _risky(nodes, members)
        for n in nodes:
            uf.find(n)
        for _strength, a, b in sorted(set(by_root[root])):
            ra, rb = uf.find(a), uf.find(b)
            if ra == rb or any(cannot_link(x, y) for x in risky[ra] for y in risky[rb]):
                continue
            uf.union(a, b)
            kept = uf.find(a)
            risky[kept] = risky[ra] + risky[rb] if kept == ra else risky[rb] + risky[ra]
        out.update(components_of(uf))
    return out
