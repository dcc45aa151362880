"""Strongly connected components of a directed graph: Tarjan's algorithm, without recursion
(schema and model reference chains run deeper than Python's recursion limit)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def strongly_connected(roots: Iterable[T], edges: Callable[[T], Iterable[T]]) -> list[list[T]]:
    """The components of the nodes reachable from ``roots`` (``edges``: a node's targets),
    in the order Tarjan's algorithm closes them: each after every component it reaches."""
    index: dict[T, int] = {}
    low: dict[T, int] = {}
    stack: list[T] = []
    on_stack: set[T] = set()
    found: list[list[T]] = []

    def visit(node: T) -> tuple[T, Iterator[T]]:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        return node, iter(edges(node))

    for root in roots:
        if root in index:
            continue
        work = [visit(root)]
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    work.append(visit(target))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    members: list[T] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        members.append(member)
                        if member == node:
                            break
                    found.append(members)
    return found
