"""Node positions for the view, computed once at build time and stored in the page.

A force layout in the browser took tens of seconds at a thousand reports and
never untangled the hairball; a force layout here would be quadratic in the
entities. So the layout is structural and O(n log n):

- every node belongs to a group (the view groups entities by the locality of
  the reports that mention them); each group is drawn as a disc: its best
  connected node in the middle, the rest on concentric rings in breadth-first
  order from it, so that linked nodes sit near each other and siblings side by
  side;
- the central group (what several localities share) sits in the middle, the
  other groups follow on a spiral around it in the order of their keys (region
  codes, so that neighbouring localities stay near each other).

Positions are whole numbers, so the same input gives the same page everywhere.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

SPACING = 60  # pixels between neighbouring nodes on a ring, and between rings


def layout(nodes: Sequence[str], edges: Iterable[tuple[str, str]], group_of: Mapping[str, str],
           center: str | None = None, order: Callable[[str], tuple] | None = None,
           spacing: int = SPACING) -> dict[str, tuple[int, int]]:
    """(x, y) for every node: one disc per group, `center`'s disc in the middle, the others on a spiral.

    `order` ranks nodes (smallest first) when choosing a disc's middle and the order of
    neighbours; by default most links first, then the node itself.
    """
    adjacency: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        if a != b and group_of.get(a) is not None and group_of.get(a) == group_of.get(b):
            adjacency[a].add(b)
            adjacency[b].add(a)
    rank = order or (lambda node: (-len(adjacency[node]), node))
    members: dict[str, list[str]] = defaultdict(list)
    for node in nodes:
        members[group_of[node]].append(node)
    discs = {key: _disc(members[key], adjacency, rank, spacing) for key in sorted(members)}
    offsets = _pack({key: radius for key, (_, radius) in discs.items()}, center, spacing)
    positions: dict[str, tuple[int, int]] = {}
    for key, (points, _) in discs.items():
        dx, dy = offsets[key]
        for node, (x, y) in points.items():
            positions[node] = (round(x + dx), round(y + dy))
    return positions


def _disc(members: list[str], adjacency: Mapping[str, set[str]], rank: Callable[[str], tuple],
          spacing: int) -> tuple[dict[str, tuple[float, float]], float]:
    """Positions around (0, 0) of one group and the radius of its disc."""
    sequence = _breadth_first(members, adjacency, rank)
    points: dict[str, tuple[float, float]] = {}
    ring, slot, capacity = 0, 0, 1
    for node in sequence:
        if slot == capacity:
            ring, slot = ring + 1, 0
            capacity = int(2 * math.pi * ring)
        if ring == 0:
            points[node] = (0.0, 0.0)
        else:
            angle = 2 * math.pi * slot / capacity + ring * 0.5  # turn each ring a little, so rays do not form
            points[node] = (ring * spacing * math.cos(angle), ring * spacing * math.sin(angle))
        slot += 1
    return points, ring * spacing + spacing / 2


def _breadth_first(members: list[str], adjacency: Mapping[str, set[str]], rank: Callable[[str], tuple]) -> list[str]:
    """The group's nodes, component by component (best-ranked root first), each in breadth-first order."""
    seen: set[str] = set()
    sequence: list[str] = []
    for root in sorted(members, key=rank):
        if root in seen:
            continue
        seen.add(root)
        queue = [root]
        for node in queue:  # the list grows while it is read: a breadth-first walk
            sequence.append(node)
            for other in sorted(adjacency.get(node, set()) - seen, key=rank):  # links stay inside the group
                seen.add(other)
                queue.append(other)
    return sequence


def _pack(radii: Mapping[str, float], center: str | None, spacing: int) -> dict[str, tuple[float, float]]:
    """Centres for the discs: `center` at (0, 0), the others in key order along a spiral that never overlaps."""
    offsets: dict[str, tuple[float, float]] = {}
    inner = 0.0
    if center in radii:
        offsets[center] = (0.0, 0.0)
        inner = radii[center]
    others = [key for key in sorted(radii) if key != center]
    if not others:
        return offsets
    widest = max(radii[key] for key in others)
    turn = 2 * widest + spacing  # a turn of the spiral is further out than the widest disc
    start = inner + spacing + widest if center in radii else 0.0
    theta, previous = 0.0, None
    for key in others:
        if previous is not None:
            distance = max(start + turn * theta / (2 * math.pi), 1.0)
            # the angle whose chord at this distance clears both discs
            theta += 2 * math.asin(min(1.0, (radii[previous] + radii[key] + spacing) / (2 * distance)))
        distance = start + turn * theta / (2 * math.pi)
        offsets[key] = (distance * math.cos(theta), distance * math.sin(theta))
        previous = key
    return offsets


__all__ = ["layout", "SPACING"]
