"""Document types (loại văn bản) as data, the notation built from them, and the register a
document is numbered in (Decree 30 Art. 15, Annex III).

- A type has a code (what ``documents.doc_type`` holds), an abbreviation kept as written
  ("TTr", "QyĐ"; empty for công văn) and a name; migration 0016 seeds the Annex III list and
  an administrator adds more (``save_type``).
- The notation: "12/QĐ-UBND" (number / type abbreviation - agency abbreviation); a công văn
  "45/STNMT-QLĐĐ" (agency - drafting division). The agency's abbreviation for notations is
  ``Unit.notation_code`` when set, else its unique code.
- The register: documents with a secrecy level are numbered in their own sequence, legal
  normative ones in theirs when the agency chose it, all others in the general one; each per
  agency and calendar year (numbering.py).
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import is_global_admin
from ..messages import N_
from ..models import (
    DECREE30_TYPES,
    REGISTER_GENERAL,
    REGISTER_NORMATIVE,
    REGISTER_SECRET,
    Confidentiality,
    Document,
    DocumentType,
    Unit,
    UnitKind,
    User,
)
from ..uow import transactional
from .errors import InvalidDocument, NotAllowed

__all__ = ["ensure_document_types", "all_types", "active_types", "type_of", "type_names", "notation_for", "agency_code",
           "register_for", "save_type", "REGISTER_LABELS"]

# what the register pages call each sequence
REGISTER_LABELS = {REGISTER_GENERAL: N_("General register"), REGISTER_SECRET: N_("Secret documents register"),
                   REGISTER_NORMATIVE: N_("Legal normative documents register")}

# letters (Vietnamese included) and digits, as written in a notation
_ABBREVIATION = re.compile(r"[^\W_]{1,24}")


def ensure_document_types(session: Session) -> int:
    """The Decree 30 Annex III types, where missing (migration 0016 seeds them; a wiped or
    hand-made database gets them here). Types an administrator changed are left alone.
    Returns how many were added."""
    have = set(session.execute(select(DocumentType.code)).scalars())
    added = 0
    for position, (code, abbreviation, name) in enumerate(DECREE30_TYPES, start=1):
        if code not in have:
            session.add(DocumentType(code=code, abbreviation=abbreviation, name=name, legal_normative=False,
                                     active=True, position=position))
            added += 1
    if added:
        session.flush()
    return added


def all_types(session: Session) -> list[DocumentType]:
    return list(session.execute(select(DocumentType).order_by(DocumentType.position, DocumentType.code)).scalars())


def active_types(session: Session) -> list[DocumentType]:
    return [t for t in all_types(session) if t.active]


def type_of(session: Session, code: str) -> DocumentType | None:
    return session.get(DocumentType, code)


def type_names(session: Session) -> dict[str, str]:
    return {t.code: t.name for t in all_types(session)}


def agency_code(unit: Unit) -> str:
    """The abbreviation a unit writes in notations ("UBND"), else its unique code."""
    return unit.notation_code or unit.code or ""


_unit_code = agency_code


def notation_for(session: Session, doc: Document, agency: Unit, unit: Unit | None, number: int) -> str:
    """Decree 30 Art. 15: "15/QĐ-UBND"; công văn: "120/STNMT-QLĐĐ" (the drafting division)."""
    kind = type_of(session, doc.doc_type)
    abbreviation = kind.abbreviation if kind is not None else ""
    agency_code = _unit_code(agency)
    if abbreviation:
        return f"{number:02d}/{abbreviation}-{agency_code}"
    if unit is not None and unit.kind == UnitKind.DIVISION and _unit_code(unit):
        return f"{number:02d}/{agency_code}-{_unit_code(unit)}"
    return f"{number:02d}/{agency_code}"


def register_for(session: Session, doc: Document, agency: Unit) -> str:
    """The sequence ``doc`` is numbered in: secrecy first, then legal normative by choice."""
    if doc.confidentiality != Confidentiality.NORMAL:
        return REGISTER_SECRET
    kind = type_of(session, doc.doc_type)
    if kind is not None and kind.legal_normative and agency.separate_normative_register:
        return REGISTER_NORMATIVE
    return REGISTER_GENERAL


@transactional
def save_type(session: Session, actor: User, code: str, abbreviation: str, name: str, *,
              legal_normative: bool = False, active: bool = True, ip: str = "") -> DocumentType:
    """Add a document type or change one (a type in use keeps its code; documents keep theirs)."""
    if not is_global_admin(session, actor):  # one list for the province
        raise NotAllowed(N_("Only the administrator of the operating agency can change document types."))
    code, abbreviation, name = code.strip(), abbreviation.strip(), " ".join(name.split())
    if not _ABBREVIATION.fullmatch(code):
        raise InvalidDocument(N_("The code is 1 to 24 letters or digits, without spaces."), field="code")
    if abbreviation and not _ABBREVIATION.fullmatch(abbreviation):
        raise InvalidDocument(N_("The abbreviation is 1 to 24 letters or digits, without spaces, or empty "
                                 "(công văn)."), field="abbreviation")
    if not name or len(name) > 120:
        raise InvalidDocument(N_("The name is required (at most 120 characters)."), field="name")
    kind = session.get(DocumentType, code)
    created = kind is None
    if kind is None:
        last = max((t.position for t in all_types(session)), default=0)
        kind = DocumentType(code=code, position=last + 1)
        session.add(kind)
    kind.abbreviation, kind.name, kind.legal_normative, kind.active = abbreviation, name, legal_normative, active
    session.flush()
    audit.record(session, "document_type.create" if created else "document_type.update", actor=actor,
                 object_type="document_type", object_id=code, ip=ip, agency_id=actor.agency_id,
                 details={"code": code, "abbreviation": abbreviation, "name": name,
                          "legal_normative": legal_normative, "active": active})
    return kind
