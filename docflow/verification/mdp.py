"""DocMDP and FieldMDP as ISO 32000-2 §12.8.2 defines them, and the locks of §12.7.5.5.

- A certification signature's DocMDP transform (``/Reference [<< /TransformMethod /DocMDP
  /TransformParams << /P n >> >>]``) grants P = 1 (no changes), 2 (form filling, signing),
  3 (+ annotations); absent or invalid P means 2.
- A signature's FieldMDP transform (``/TransformParams << /Action /All|/Include|/Exclude
  /Fields [...] >>``) locks fields: All of them, those listed (and their descendants, a name
  being a fully qualified partial name), or all but those listed.
- A signature field's ``/Lock`` dictionary (``/Type /SigFieldLock``) says the same for the
  moment the field is signed, and in PDF 2.0 may carry ``/P`` — DocMDP permissions that
  apply from that signature on (so "no changes after this approval signature" is P = 1).
- A lock applies to every later revision, whichever signature those revisions add: the
  restrictions in force for a revision are those of every signature signed before it, and
  the strictest P wins.
An unreadable lock fails closed (treated as /All).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

__all__ = ["FieldLock", "Restrictions", "read_locks", "docmdp_p"]


def _res(v: Any) -> Any:
    return v.get_object() if isinstance(v, IndirectObject) else v


@dataclass(frozen=True)
class FieldLock:
    action: str  # "/All" | "/Include" | "/Exclude"
    fields: tuple[str, ...] = ()
    source: str = ""  # which signature set it

    def locks(self, name: str) -> bool:
        def named(f: str) -> bool:
            return name == f or name.startswith(f + ".")

        if self.action == "/Include":
            return any(named(f) for f in self.fields)
        if self.action == "/Exclude":
            return not any(named(f) for f in self.fields)
        return True  # /All, and anything unreadable


def _lock_from(params: Any, source: str) -> FieldLock:
    params = _res(params)
    if not isinstance(params, DictionaryObject):
        return FieldLock("/All", (), source)
    action = str(params.get("/Action", "/All"))
    raw = _res(params.get("/Fields"))
    names = tuple(str(_res(x)) for x in raw) if isinstance(raw, ArrayObject) else ()
    if action not in ("/All", "/Include", "/Exclude") or (action != "/All" and raw is None):
        action = "/All"  # fail closed
    return FieldLock(action, names, source)


def docmdp_p(params: Any) -> int:
    params = _res(params)
    try:
        p = int(params.get("/P", 2)) if isinstance(params, DictionaryObject) else 2
    except (TypeError, ValueError):
        return 1  # fail closed
    return p if p in (1, 2, 3) else 2


def read_locks(sig: Any, sig_field: Any, name: str) -> tuple[list[FieldLock], int | None]:
    """(field locks, lock P) that signature ``sig`` of field ``sig_field`` sets."""
    locks: list[FieldLock] = []
    p: int | None = None
    try:
        sig = _res(sig)
        refs = _res(sig.get("/Reference")) if isinstance(sig, DictionaryObject) else None
        for ref in refs if isinstance(refs, ArrayObject) else []:
            ref = _res(ref)
            if isinstance(ref, DictionaryObject) and ref.get("/TransformMethod") == "/FieldMDP":
                locks.append(_lock_from(ref.get("/TransformParams"), name))
        lock = _res(sig_field.get("/Lock")) if isinstance(sig_field, DictionaryObject) else None
        if isinstance(lock, DictionaryObject):
            if "/Action" in lock:
                locks.append(_lock_from(lock, name))
            if "/P" in lock:
                p = docmdp_p(lock)
    except Exception:  # noqa: BLE001 - an unreadable lock locks everything
        locks.append(FieldLock("/All", (), name))
    return locks, p


@dataclass
class Restrictions:
    """What a revision may change: the DocMDP level and the field locks in force."""

    p: int | None = None
    locks: list[FieldLock] = field(default_factory=list)

    def add(self, p: int | None, locks: list[FieldLock]) -> None:
        if p is not None:
            self.p = p if self.p is None else min(self.p, p)
        self.locks.extend(locks)

    def locked_by(self, name: str | None) -> FieldLock | None:
        if name is None:
            return None
        return next((lk for lk in self.locks if lk.locks(name)), None)
