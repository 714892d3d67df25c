"""Integers from the URL: paths and query strings never reach the database out of its range
(issue 14: ``/documents/99999999999999999999`` was a 500 from SQLite's "Python int too large").

- ``BoundedInt`` replaces Flask's ``int`` converter: without an explicit ``max`` a path integer
  is at most 2**31 - 1 (the ``INTEGER`` columns of PostgreSQL); a larger one matches no route: 404.
- ``int_arg`` / ``int_args`` read query-string integers: absent or not a number → the default
  (as ``type=int`` did), out of range → 400 with the usual page.
"""

from __future__ import annotations

from typing import overload

from flask import abort, request
from werkzeug.routing import IntegerConverter, Map

__all__ = ["BoundedInt", "DB_INT_MAX", "int_arg", "int_args", "install"]

DB_INT_MAX = 2**31 - 1


class BoundedInt(IntegerConverter):
    def __init__(self, map: Map, fixed_digits: int = 0, min: int | None = None,  # noqa: A002 - werkzeug's names
                 max: int | None = None, signed: bool = False) -> None:  # noqa: A002
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=DB_INT_MAX if max is None else max,
                         signed=signed)


def install(url_map: Map) -> None:
    """Before any blueprint is registered: every ``<int:…>`` of the app is bounded."""
    url_map.converters["int"] = BoundedInt


def _parse(raw: str, lo: int, hi: int) -> int | None:
    try:
        value = int(raw.strip()) if len(raw) <= 40 else None
    except ValueError:
        return None
    if value is None or not lo <= value <= hi:
        abort(400)
    return value


@overload
def int_arg(name: str, default: int, *, lo: int = ..., hi: int = ...) -> int: ...


@overload
def int_arg(name: str, default: None = None, *, lo: int = ..., hi: int = ...) -> int | None: ...


def int_arg(name: str, default: int | None = None, *, lo: int = 0, hi: int = DB_INT_MAX) -> int | None:
    raw = request.args.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = _parse(raw, lo, hi)
    return default if value is None else value


def int_args(name: str, *, lo: int = 1, hi: int = DB_INT_MAX) -> list[int]:
    values = [_parse(raw, lo, hi) for raw in request.args.getlist(name) if raw.strip()]
    return [v for v in values if v is not None]
