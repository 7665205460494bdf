"""Positions for the view: one disc per group, linked nodes near each other, nothing overlapping, stable."""
from __future__ import annotations

import math

from ufkg.layout import SPACING, layout


def _star(group: str, size: int) -> tuple[list[str], list[tuple[str, str]]]:
    """A hub and its spokes, named after the group."""
    nodes = [f"{group}/hub"] + [f"{group}/n{i:03d}" for i in range(size - 1)]
    return nodes, [(node, nodes[0]) for node in nodes[1:]]


def _corpus() -> tuple[list[str], list[tuple[str, str]], dict[str, str]]:
    nodes, edges, groups = [], [], {}
    for group, size in [("", 12), ("region/520100", 30), ("region/520200", 5), ("region/520300", 18)]:
        members, links = _star(group or "shared", size)
        nodes += members
        edges += links
        groups.update({node: group for node in members})
    edges.append(("region/520100/hub", "shared/hub"))  # a link across groups does not pull the discs together
    return sorted(nodes), edges, groups


def _distance(a: tuple[int, int], b: tuple[int, int]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def test_every_node_gets_its_own_whole_number_position():
    nodes, edges, groups = _corpus()
    positions = layout(nodes, edges, groups, center="")
    assert set(positions) == set(nodes)
    assert all(isinstance(c, int) for xy in positions.values() for c in xy)
    assert len(set(positions.values())) == len(nodes)


def test_the_centre_group_is_in_the_middle_with_its_hub_at_the_origin():
    nodes, edges, groups = _corpus()
    assert layout(nodes, edges, groups, center="")["shared/hub"] == (0, 0)


def test_a_hub_sits_in_the_middle_of_its_disc_with_its_spokes_on_the_first_rings():
    nodes, edges, groups = _corpus()
    positions = layout(nodes, edges, groups, center="")
    hub = positions["region/520300/hub"]
    spokes = [positions[n] for n in nodes if n.startswith("region/520300/n")]
    centre = (sum(x for x, _ in spokes) / len(spokes), sum(y for _, y in spokes) / len(spokes))
    assert _distance(hub, centre) < SPACING
    assert max(_distance(hub, s) for s in spokes) <= 3 * SPACING  # 17 spokes fill rings 1 to 3


def test_nodes_of_different_groups_never_come_closer_than_nodes_of_one_group():
    nodes, edges, groups = _corpus()
    positions = layout(nodes, edges, groups, center="")
    for a in nodes:
        for b in nodes:
            if groups[a] != groups[b]:
                assert _distance(positions[a], positions[b]) >= SPACING, (a, b)


def test_unlinked_nodes_still_get_a_place_in_their_group():
    positions = layout(["a", "b", "c"], [], {"a": "g", "b": "g", "c": "g"})
    assert len(set(positions.values())) == 3
    assert max(_distance(p, q) for p in positions.values() for q in positions.values()) <= 2 * SPACING


def test_the_same_input_in_any_order_gives_the_same_positions():
    nodes, edges, groups = _corpus()
    forward = layout(nodes, edges, groups, center="")
    assert layout(list(reversed(nodes)), list(reversed(edges)), dict(reversed(list(groups.items()))), center="") == forward


def test_an_empty_graph_has_no_positions():
    assert layout([], [], {}) == {}
