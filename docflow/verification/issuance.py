"""Change-analysis rule: the number and date of an official document, written at issuance.

docflow issues a document by writing its number/notation and issue date into read-only text
fields the leader's signature already covered empty (signing/places.py), in the same
incremental update as the agency's seal. ``IssuanceFillRule`` speaks about the field use of
those fields (``docflow_number``, ``docflow_day``, ``docflow_month``, ``docflow_year``) and
decides it (``final``):

- filled from empty, with a value of the expected shape (a number or a notation; day 01-31,
  month 01-12, a four-digit year), in a revision that signs a new signature (the seal): one
  allowed change in words, "số và ngày văn bản được điền khi phát hành (15; 02/12)", listed
  once (the other fields' findings are quiet copies of it);
- a number or date changed once written, written without a new signature, or not a number
  or date: refused.

The generic form-filling rule would have allowed all of these as "form field … filled". The
widget's appearance is still judged by the widget and appearance rules.
"""

from __future__ import annotations

import re
from typing import Any

from pypdf.generic import DictionaryObject, IndirectObject

from .graph import Ctx
from .rules import Category, Finding, RevisionDiff, Rule

__all__ = ["ISSUANCE_FIELDS", "IssuanceFillRule"]

# The names docflow gives the fields (signing.places.FIELD_NAMES; a test keeps them equal)
ISSUANCE_FIELDS = {"docflow_number": "number", "docflow_day": "day", "docflow_month": "month",
                   "docflow_year": "year"}
_ORDER = ("docflow_number", "docflow_day", "docflow_month", "docflow_year")
_SHAPES = {
    "number": re.compile(r"\d{1,6}(/[^\s/][^\s]{0,80})?"),
    "day": re.compile(r"0[1-9]|[12]\d|3[01]"),
    "month": re.compile(r"0[1-9]|1[0-2]"),
    "year": re.compile(r"(19|20)\d\d"),
}
_WORDS_VI = {"number": "số", "day": "ngày", "month": "tháng", "year": "năm"}


def _value(d: RevisionDiff, name: str, side: int) -> str | None:
    info = d.field(name, side)
    if info is None or not isinstance(info.obj, DictionaryObject) or "/V" not in info.obj:
        return None
    v = info.obj.raw_get("/V")
    try:
        text = str(v.get_object() if isinstance(v, IndirectObject) else v)
    except Exception:  # noqa: BLE001 - an unreadable value is no value
        return None
    return text.strip() or None


def _new_signature(d: RevisionDiff) -> bool:
    return any(f.ft == "/Sig" and f.signed and (name not in d.g0.fields or not d.g0.fields[name].signed)
               for name, f in d.g1.fields.items())


class IssuanceFillRule(Rule):
    """docflow's number and date fields, filled with the agency's seal (see the module)."""

    name = "issuance-fill"
    contexts = frozenset({Ctx.FIELD})

    def judge(self, d: RevisionDiff, n: int, use: Any) -> Finding | None:
        name = use.field
        if name not in ISSUANCE_FIELDS:
            return None
        f0, f1 = d.field(name, 0), d.field(name, 1)
        if f0 is None or f1 is None:
            return None  # added or removed: the form-field rule refuses it
        kind = ISSUANCE_FIELDS[name]
        before, after = _value(d, name, 0), _value(d, name, 1)
        if before == after:
            return None
        if before is not None:
            return self.no(f"the document {kind} written at issuance was changed ({before} → {after})",
                           f"{_WORDS_VI[kind]} của văn bản đã ghi khi phát hành bị thay đổi ({before} → {after})",
                           field=name, final=True)
        if f1.ft != "/Tx" or after is None or not _SHAPES[kind].fullmatch(after):
            return self.no(f"unexpected value in the document {kind} field ({after!r})",
                           f"giá trị không hợp lệ trong ô {_WORDS_VI[kind]} của văn bản ({after!r})",
                           field=name, final=True)
        if not _new_signature(d):
            return self.no("the document number and date were written without a new signature",
                           "số và ngày văn bản được ghi mà không kèm chữ ký mới", field=name, final=True)
        filled = {ISSUANCE_FIELDS[k]: v for k in _ORDER
                  if (v := _value(d, k, 1)) is not None and _value(d, k, 0) is None}
        date = "/".join(filled[k] for k in ("day", "month", "year") if k in filled)
        values = "; ".join(v for v in (filled.get("number"), date) if v)  # "15; 02/12"
        first = next(k for k in _ORDER if ISSUANCE_FIELDS[k] in filled)
        return self.ok(Category.FORM_FILL, f"number and date of the document filled at issuance ({values})",
                       f"số và ngày văn bản được điền khi phát hành ({values})", field=name,
                       quiet=name != first, final=True)
