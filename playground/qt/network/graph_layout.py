"""Where the graph view puts each layer's box and arrow: a small Sugiyama-style layering, with no Qt.

A node's row is its longest path from the input, an arrow that skips rows gets invisible
way-points in the rows it crosses (so a residual shortcut runs beside the branch instead of
through it), rows are ordered by the mean x of what feeds them, and x positions are the nearest
non-overlapping ones to that mean.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playground.core.network.layer_graph import Node

# Scene units, as in the graph view.
BOX_GAP = 56.0  # between neighbouring boxes of a row
WAY_W = 24.0  # the room an arrow passing through a row takes
WAY_WEIGHT = 1e-3  # way-points give way to boxes in a crowded row, which keep their place


@dataclass
class _Slot:
    """One place in a row: a node (`node` >= 0, its position in the list) or a way-point of an
    arrow crossing the row (`edge` >= 0)."""

    width: float
    node: int = -1
    edge: int = -1
    ups: list[_Slot] = field(default_factory=list)  # what feeds it from the row above
    sources: list[_Slot] = field(default_factory=list)  # the boxes feeding it, rows up or not
    x: float = 0.0
    row: int = 0


@dataclass
class GraphLayout:
    """Where everything goes, in scene units: node k's centre x and row, and per arrow
    (source k, target k, way-point xs, one per row crossed)."""

    xs: list[float]
    rows: list[int]
    edges: list[tuple[int, int, list[float]]]


def layout_graph(nodes: list[Node], widths: list[float]) -> GraphLayout:
    """Rows by longest path from the input, rows ordered by the mean x of their feeders, each
    slot as near that mean as the boxes beside it allow. `widths[k]` is node k's box width."""
    by_name: dict[str, int] = {}
    preds: list[list[int]] = []
    rows: list[int] = []
    for k, node in enumerate(nodes):
        # Only names listed above count (as in analyse): an arrow never points up, so no cycles.
        ps = [by_name[n] for n in node.inputs if n in by_name]
        preds.append(ps)
        # A layer whose inputs are all missing still gets a row: just under the input.
        rows.append(max((rows[p] for p in ps), default=0) + 1 if k and node.kind != "Input" else 0)
        by_name.setdefault(node.name, k)

    n_rows = max(rows, default=0) + 1
    table: list[list[_Slot]] = [[] for _ in range(n_rows)]
    node_slots: list[_Slot] = []
    for k in range(len(nodes)):
        slot = _Slot(widths[k], node=k, row=rows[k])
        node_slots.append(slot)
        table[rows[k]].append(slot)
    edges: list[tuple[int, int, list[_Slot]]] = []
    for k, ps in enumerate(preds):
        for p in ps:
            upper = node_slots[p]
            ways = []
            for r in range(rows[p] + 1, rows[k]):
                way = _Slot(WAY_W, edge=len(edges), row=r, ups=[upper])
                table[r].append(way)
                ways.append(way)
                upper = way
            node_slots[k].ups.append(upper)
            node_slots[k].sources.append(node_slots[p])
            edges.append((p, k, ways))

    for r, row in enumerate(table):
        for slot in row:
            # A box sits under the mean of the boxes feeding it, wherever the arrows run: a
            # residual Add stays under its branch and the shortcut's way-points go round it; a
            # merge of unequal branches sits centred under where they fork.
            pulls = slot.sources if slot.node >= 0 else slot.ups
            slot.x = sum(u.x for u in pulls) / len(pulls) if pulls else 0.0
        if r:
            row.sort(key=lambda s: (s.x, s.node < 0, s.node if s.node >= 0 else s.edge))
        else:
            row.sort(key=lambda s: s.node)
        seps = [
            (a.width + b.width) / 2 + BOX_GAP * (0.5 if a.node < 0 or b.node < 0 else 1.0)
            for a, b in zip(row, row[1:], strict=False)
        ]
        if r == 0:
            desired = [sum(seps[:i]) - sum(seps) / 2 for i in range(len(row))]
        else:
            desired = [s.x for s in row]
        weights = [1.0 if s.node >= 0 else WAY_WEIGHT for s in row]
        for slot, x in zip(row, _spread(desired, seps, weights), strict=True):
            slot.x = x

    return GraphLayout(
        xs=[s.x for s in node_slots],
        rows=rows,
        edges=[(p, k, [w.x for w in ways]) for p, k, ways in edges],
    )


def _spread(desired: list[float], seps: list[float], weights: list[float]) -> list[float]:
    """The xs nearest `desired` (weighted least squares) that keep neighbours `seps` apart, in
    order: subtracting the running separation makes it an isotonic regression (pool adjacent
    violators)."""
    offsets = [0.0]
    for s in seps:
        offsets.append(offsets[-1] + s)
    blocks: list[list[float]] = []  # [mean, weight, count]
    for d, o, w in zip(desired, offsets, weights, strict=True):
        blocks.append([d - o, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            v2, w2, n2 = blocks.pop()
            v1, w1, n1 = blocks.pop()
            blocks.append([(v1 * w1 + v2 * w2) / (w1 + w2), w1 + w2, n1 + n2])
    ys = [v for v, _, n in blocks for _ in range(int(n))]
    return [y + o for y, o in zip(ys, offsets, strict=True)]
