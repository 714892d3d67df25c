"""Keyset pagination for the long lists (documents, incoming documents, search results, the
registers of a year).

An offset makes the database walk past every row before the page, and an exact total counts
every match: at a million documents both cost seconds. A page here starts after the sort key
of the row the reader last saw (the cursor), reads one row more than it shows to know whether
there is another page, and counts at most ``count_cap`` matches ("more than 2,000").

Cursors are opaque to clients (URL-safe base64 of the sort key and a direction); a cursor
that does not decode is refused with a clear message, never guessed at.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from ..messages import N_
from .errors import WorkflowError

__all__ = ["Cursor", "InvalidCursor", "KeysetPage", "keyset_page", "page_of_keys", "COUNT_CAP"]

COUNT_CAP = 2_000
_MAX_CURSOR = 300  # characters: a sort key is two or three short values


class InvalidCursor(WorkflowError):
    http_status = 400


def _encode_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, int | str) or value is None:
        return value
    raise TypeError(f"cannot put {type(value).__name__} in a cursor")


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"t"} and isinstance(value["t"], str):
        parsed = dt.datetime.fromisoformat(value["t"])
        if parsed.tzinfo is None:
            raise ValueError("naive time")
        return parsed
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise ValueError("unexpected value")
    return value


@dataclass(frozen=True)
class Cursor:
    """The sort key of a row, and whether the page wanted comes after it or before it."""

    key: tuple
    before: bool = False

    def encode(self) -> str:
        raw = json.dumps({"k": [_encode_value(v) for v in self.key], "b": self.before}, separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str, types: tuple[type, ...]) -> Cursor:
        """``types``: the Python type of each sort key. A key of another type (a hand-made
        cursor, or one from another list) would reach SQL or a comparison and fail there."""
        try:
            if len(text) > _MAX_CURSOR:
                raise ValueError("too long")
            data = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
            key = tuple(_decode_value(v) for v in data["k"])
            if (len(key) != len(types) or not all(isinstance(v, t) for v, t in zip(key, types, strict=True))
                    or not isinstance(data.get("b"), bool)):
                raise ValueError("wrong shape")
            return cls(key, data["b"])
        except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError) as exc:
            raise InvalidCursor(N_("This page link is not valid any more; start again from the first page.")) from exc


@dataclass(frozen=True)
class KeysetPage:
    items: list
    per_page: int
    total: int  # exact when total_exact, else a lower bound (count_cap)
    total_exact: bool
    next_cursor: str | None  # the page after this one, in list order
    prev_cursor: str | None  # the page before it; None on the first page


def keyset_page(session: Session, query: Select, keys: Sequence, *, cursor: str | None, per_page: int,
                row_key: Callable[[Any], tuple], descending: bool = True, count_cap: int = COUNT_CAP,
                scalars: bool = True, count_query: Select | None = None) -> KeysetPage:
    """One page of ``query`` ordered by ``keys`` (unique together; all descending or all
    ascending). ``row_key`` gives a result row's values of ``keys``. ``count_query`` selects
    the same rows without what the page only displays (joins for names): cheaper to count."""
    at = Cursor.decode(cursor, tuple(k.type.python_type for k in keys)) if cursor else None
    key_tuple = tuple_(*keys)
    forward = at is None or not at.before
    q = query
    if at is not None:
        # "after" in list order: smaller keys when the list is newest first
        q = q.where(key_tuple < tuple_(*at.key) if forward == descending else key_tuple > tuple_(*at.key))
    ascending_scan = descending != forward
    q = q.order_by(*[(k.asc() if ascending_scan else k.desc()) for k in keys]).limit(per_page + 1)
    result = session.execute(q)
    rows = list(result.scalars() if scalars else result.all())
    more = len(rows) > per_page
    rows = rows[:per_page]
    if not forward:
        rows.reverse()
    if rows:
        first_key, last_key = row_key(rows[0]), row_key(rows[-1])
        has_next = more if forward else True
        has_prev = (at is not None) if forward else more
        next_cursor = Cursor(last_key).encode() if has_next else None
        prev_cursor = Cursor(first_key, before=True).encode() if has_prev else None
    else:
        next_cursor = prev_cursor = None
    counting = (count_query if count_query is not None else query.with_only_columns(keys[-1])).limit(count_cap + 1)
    counted = session.execute(select(func.count()).select_from(counting.subquery())).scalar_one()
    return KeysetPage(rows, per_page, min(counted, count_cap), counted <= count_cap, next_cursor, prev_cursor)


def page_of_keys(keys: Sequence[tuple], *, cursor: str | None, per_page: int, total_exact: bool = True
                 ) -> KeysetPage:
    """A page of a list whose sort keys are already in memory, newest first (a search keeps
    the keys of its newest matches: one query finds and counts them, instead of one to page
    and one to count). Items are the page's keys; the caller loads their rows."""
    at = Cursor.decode(cursor, tuple(type(v) for v in keys[0])) if cursor and keys else None
    if at is not None and at.before:  # the page just newer than the cursor's row
        end = next((i for i, k in enumerate(keys) if k <= at.key), len(keys))
        start = max(0, end - per_page)
    else:  # the page just older than it (or the first page)
        start = next((i for i, k in enumerate(keys) if k < at.key), len(keys)) if at else 0
        end = min(start + per_page, len(keys))
    chunk = list(keys[start:end])
    next_cursor = Cursor(chunk[-1]).encode() if chunk and end < len(keys) else None
    prev_cursor = Cursor(chunk[0], before=True).encode() if chunk and start > 0 else None
    return KeysetPage(chunk, per_page, len(keys), total_exact, next_cursor, prev_cursor)
