"""Electronic copies (Decree 30 Art. 25–27): "sao y" (a full copy of an original), "sao lục"
(a full copy made from a copy) and "trích sao" (an excerpt). Each copy is numbered in the
copying agency's one yearly sequence of copies and signed by that agency; it keeps a link to
what it was made from."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import JSON, BigInteger, Enum, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

__all__ = ["CopyForm", "COPY_ABBREVIATIONS", "COPY_LABELS", "DocumentCopy"]


class CopyForm(enum.StrEnum):
    SAO_Y = "sao_y"
    SAO_LUC = "sao_luc"
    TRICH_SAO = "trich_sao"


# Decree 30 Annex I: the copy's notation carries the form's abbreviation ("05/SY-UBND")
COPY_ABBREVIATIONS: dict[CopyForm, str] = {CopyForm.SAO_Y: "SY", CopyForm.SAO_LUC: "SL", CopyForm.TRICH_SAO: "TS"}
# the words on the copy itself, in the official language whatever the reader's
COPY_LABELS: dict[CopyForm, str] = {CopyForm.SAO_Y: "SAO Y", CopyForm.SAO_LUC: "SAO LỤC",
                                    CopyForm.TRICH_SAO: "TRÍCH SAO"}


class DocumentCopy(Base):
    __tablename__ = "document_copies"
    __table_args__ = (UniqueConstraint("agency_id", "year", "number", name="uq_document_copies_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)  # the copying agency
    form: Mapped[CopyForm] = mapped_column(Enum(CopyForm, name="copy_form", native_enum=False, length=16,
                                                values_callable=lambda e: [m.value for m in e]))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    notation: Mapped[str] = mapped_column(String(64))
    # the original: always the document; the delivery when it was copied from a received one,
    # the copy when a "sao lục" was made from an earlier copy
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"), index=True)
    source_copy_id: Mapped[int | None] = mapped_column(ForeignKey("document_copies.id"))
    source_sha256: Mapped[str] = mapped_column(String(64))  # the bytes that were copied
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # the signed copy
    size: Mapped[int] = mapped_column(BigInteger)
    page_count: Mapped[int] = mapped_column(Integer)
    pages: Mapped[list | None] = mapped_column(JSON)  # the original's pages in an excerpt (trích sao)
    signature_field: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)  # for whom / why (nơi nhận)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
