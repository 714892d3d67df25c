"""The organisation as a tree for the administrator's page: each unit under its parent, with its
names of today, the names it carried before (renames) and the agencies merged into it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Unit, UnitKind, UnitName

__all__ = ["TreeNode", "FormerName", "unit_tree"]


@dataclass(frozen=True)
class FormerName:
    name: str
    code: str | None
    valid_until: dt.date  # the first day of the next name


@dataclass
class TreeNode:
    unit: Unit
    depth: int
    children: list[TreeNode] = field(default_factory=list)
    former_names: list[FormerName] = field(default_factory=list)
    merged: list[Unit] = field(default_factory=list)  # agencies merged into this one


def unit_tree(session: Session, units: Iterable[Unit]) -> list[TreeNode]:
    """The given units as a forest: a unit whose parent is not among them is a root (an
    agency's administrator sees their agency as the root). Agencies merged into another unit
    of the list are shown with their successor, not as a branch of their own; children are
    ordered agencies first, then by name."""
    units = list(units)
    by_id = {u.id: u for u in units}
    merged: dict[int, list[Unit]] = {}
    shown: list[Unit] = []
    for u in units:
        if u.merged_into_id is not None and u.merged_into_id in by_id and u.kind == UnitKind.AGENCY:
            merged.setdefault(u.merged_into_id, []).append(u)
        else:
            shown.append(u)
    names: dict[int, list[FormerName]] = {}
    if units:
        rows = session.execute(select(UnitName).where(UnitName.unit_id.in_(list(by_id)))
                               .order_by(UnitName.valid_until.desc())).scalars()
        for row in rows:
            names.setdefault(row.unit_id, []).append(FormerName(row.name, row.code, row.valid_until))
    shown_ids = {u.id for u in shown}
    children: dict[int | None, list[Unit]] = {}
    for u in shown:
        parent = u.parent_id if u.parent_id in shown_ids else None
        children.setdefault(parent, []).append(u)

    def order(u: Unit) -> tuple:
        return (u.kind != UnitKind.PROVINCE, u.kind != UnitKind.AGENCY, not u.active, u.name.casefold())

    def build(parent: int | None, depth: int) -> list[TreeNode]:
        return [TreeNode(u, depth, build(u.id, depth + 1), names.get(u.id, []),
                         sorted(merged.get(u.id, []), key=lambda m: m.name.casefold()))
                for u in sorted(children.get(parent, []), key=order)]

    return build(None, 0)
