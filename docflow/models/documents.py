"""Documents (văn bản), their files and immutable versions, deliveries to recipient agencies,
the workflow history, register counters and notifications."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

__all__ = [
    "DocType", "Urgency", "Confidentiality", "DocStatus", "DeliveryStatus", "FileRole", "CirculationMark",
    "CIRCULATION_MARK_WORDS",
    "Document", "DocumentFile", "FileVersion", "Delivery", "DeliveryUnit", "DocumentEvent",
    "RegisterCounter", "Notification", "DECREE30_TYPES", "DocumentType", "OUTGOING_REGISTERS",
    "REGISTER_GENERAL", "REGISTER_SECRET", "REGISTER_NORMATIVE",
]


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, native_enum=False, length=24, values_callable=lambda e: [m.value for m in e])


# Decree 30/2020 Annex III: the administrative document types and their abbreviations (the
# part before the agency code in a notation; công văn and thư công have none: "120/SNNMT-QLĐĐ").
# These are the rows migration 0016 seeds in ``document_types``; administrators add more there.
# (code stored on a document, abbreviation, name)
DECREE30_TYPES: tuple[tuple[str, str, str], ...] = (
    ("NQ", "NQ", "Nghị quyết"),
    ("QĐ", "QĐ", "Quyết định"),
    ("CT", "CT", "Chỉ thị"),
    ("QC", "QC", "Quy chế"),
    ("QyĐ", "QyĐ", "Quy định"),
    ("TC", "TC", "Thông cáo"),
    ("TB", "TB", "Thông báo"),
    ("HD", "HD", "Hướng dẫn"),
    ("CTr", "CTr", "Chương trình"),
    ("KH", "KH", "Kế hoạch"),
    ("PA", "PA", "Phương án"),
    ("ĐA", "ĐA", "Đề án"),
    ("DA", "DA", "Dự án"),
    ("BC", "BC", "Báo cáo"),
    ("BB", "BB", "Biên bản"),
    ("TTr", "TTr", "Tờ trình"),
    ("HĐ", "HĐ", "Hợp đồng"),
    ("CV", "", "Công văn"),
    ("CĐ", "CĐ", "Công điện"),
    ("BGN", "BGN", "Bản ghi nhớ"),
    ("BTT", "BTT", "Bản thỏa thuận"),
    ("GUQ", "GUQ", "Giấy ủy quyền"),
    ("GM", "GM", "Giấy mời"),
    ("GGT", "GGT", "Giấy giới thiệu"),
    ("GNP", "GNP", "Giấy nghỉ phép"),
    ("PG", "PG", "Phiếu gửi"),
    ("PC", "PC", "Phiếu chuyển"),
    ("PB", "PB", "Phiếu báo"),
    ("THC", "", "Thư công"),
)


class DocType(enum.StrEnum):
    """Codes of some Decree 30 types, for code and tests that name one; the list of types a
    drafter chooses from is the ``document_types`` table."""

    CV = "CV"
    QD = "QĐ"
    TB = "TB"
    BC = "BC"
    KH = "KH"
    TTR = "TTr"
    GM = "GM"
    CT = "CT"
    HD = "HD"
    BB = "BB"
    NQ = "NQ"


# The outgoing registers (number sequences) of an agency, Decree 30 Art. 15: documents with a
# secrecy level have their own; legal normative documents their own if the agency chooses.
# The value is the register counter's kind.
REGISTER_GENERAL = "outgoing"
REGISTER_SECRET = "outgoing-mat"  # noqa: S105 - a register name, not a password
REGISTER_NORMATIVE = "outgoing-qppl"
OUTGOING_REGISTERS = (REGISTER_GENERAL, REGISTER_SECRET, REGISTER_NORMATIVE)


class DocumentType(Base):
    """A document type (loại văn bản) an agency can issue: data, not code."""

    __tablename__ = "document_types"

    code: Mapped[str] = mapped_column(String(24), primary_key=True)  # what documents.doc_type holds
    abbreviation: Mapped[str] = mapped_column(String(24), default="")  # kept as written: "TTr", "QyĐ"
    name: Mapped[str] = mapped_column(String(120))
    # văn bản quy phạm pháp luật: numbered in their own register where the agency chooses so
    legal_normative: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Urgency(enum.StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"  # Khẩn
    VERY_URGENT = "very_urgent"  # Thượng khẩn
    EXPRESS = "express"  # Hỏa tốc


class Confidentiality(enum.StrEnum):
    NORMAL = "normal"
    CONFIDENTIAL = "confidential"  # Mật
    SECRET = "secret"  # Tối mật  # noqa: S105 - a classification, not a password
    TOP_SECRET = "top_secret"  # Tuyệt mật  # noqa: S105


class DocStatus(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    AWAITING_SIGNATURE = "awaiting_signature"
    RETURNED = "returned"
    SIGNED = "signed"
    ISSUED = "issued"
    DISPATCHED = "dispatched"
    RECALLED = "recalled"


class CirculationMark(enum.StrEnum):
    """Marks the drafter puts on a document (Decree 30 Annex I): how it may circulate."""

    RETURN_AFTER_READING = "xem_xong_tra_lai"
    INTERNAL = "luu_hanh_noi_bo"
    DRAFT = "du_thao"  # shown until the document is issued


# the words on the document, in the official language whatever the reader's
CIRCULATION_MARK_WORDS: dict[CirculationMark, str] = {
    CirculationMark.RETURN_AFTER_READING: "XEM XONG TRẢ LẠI",
    CirculationMark.INTERNAL: "LƯU HÀNH NỘI BỘ",
    CirculationMark.DRAFT: "DỰ THẢO",
}


class DeliveryStatus(enum.StrEnum):
    RECEIVED = "received"
    REFUSED = "refused"
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    RECALLED = "recalled"
    TRANSFERRED = "transferred"  # the recipient was merged: the open work went to its successor


class FileRole(enum.StrEnum):
    MAIN = "main"
    ATTACHMENT = "attachment"


class Document(Base):
    """An outgoing document of one agency (văn bản đi), from draft to dispatch."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("agency_id", "year", "register", "number", name="uq_documents_agency_year_register_number"),
        Index("ix_documents_agency_status_updated", "agency_id", "status", "updated_at"),
        Index("ix_documents_agency_issued", "agency_id", "issued_at"),
        Index("ix_documents_agency_updated", "agency_id", "updated_at", "id"),  # migration 0005: the outbox order
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    doc_type: Mapped[str] = mapped_column(String(24))  # a document_types.code
    subject: Mapped[str] = mapped_column(Text)  # trích yếu
    urgency: Mapped[Urgency] = mapped_column(_enum(Urgency, "urgency"), default=Urgency.NORMAL)
    confidentiality: Mapped[Confidentiality] = mapped_column(
        _enum(Confidentiality, "confidentiality"), default=Confidentiality.NORMAL
    )
    status: Mapped[DocStatus] = mapped_column(_enum(DocStatus, "doc_status"), default=DocStatus.DRAFT, index=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # The authority line above the signer's title (Decree 30 Art. 13): "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"
    authority_line: Mapped[str] = mapped_column(String(120), default="")
    handling_deadline: Mapped[dt.date | None] = mapped_column(Date)  # hạn xử lý for recipients
    circulation_marks: Mapped[list[str] | None] = mapped_column(JSON)  # CirculationMark values (migration 0022)
    recipients: Mapped[list[int]] = mapped_column(JSON, default=list)  # recipient agency ids
    year: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[int | None] = mapped_column(Integer)
    notation: Mapped[str | None] = mapped_column(String(120), index=True)  # "15/QĐ-SNNMT"
    register: Mapped[str | None] = mapped_column(String(16))  # the sequence the number is from
    issued_at: Mapped[dt.datetime | None] = mapped_column()
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_at: Mapped[dt.datetime | None] = mapped_column()
    dispatched_at: Mapped[dt.datetime | None] = mapped_column()
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    # the incoming document this one answers (a reply): issuing it records it there (migration 0025);
    # use_alter: documents and deliveries point at each other
    answers_delivery_id: Mapped[int | None] = mapped_column(
        ForeignKey("deliveries.id", use_alter=True, name="fk_documents_answers_delivery_id_deliveries"), index=True)
    recalled_at: Mapped[dt.datetime | None] = mapped_column()
    recall_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Optimistic concurrency: every change bumps it; an action sent against an older
    # revision is refused (two tabs, two leaders, a double click).
    revision: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": revision}

    files: Mapped[list[DocumentFile]] = relationship(
        back_populates="document", order_by="DocumentFile.position", cascade="all, delete-orphan"
    )

    @property
    def main_file(self) -> DocumentFile:
        return next(f for f in self.files if f.role == FileRole.MAIN)

    @property
    def attachments(self) -> list[DocumentFile]:
        return [f for f in self.files if f.role == FileRole.ATTACHMENT]


class DocumentFile(Base):
    """The main PDF or one separate attachment; its content lives in immutable versions."""

    __tablename__ = "document_files"
    __table_args__ = (UniqueConstraint("document_id", "position", name="uq_document_files_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    role: Mapped[FileRole] = mapped_column(_enum(FileRole, "file_role"))
    position: Mapped[int] = mapped_column(Integer, default=0)  # 0 = main, 1.. attachments
    filename: Mapped[str] = mapped_column(String(255))

    document: Mapped[Document] = relationship(back_populates="files")
    versions: Mapped[list[FileVersion]] = relationship(
        back_populates="file", order_by="FileVersion.seq", cascade="all, delete-orphan"
    )

    @property
    def current(self) -> FileVersion:
        return self.versions[-1]


class FileVersion(Base):
    """One immutable, content-addressed state of a file (uploaded, or signed = old + update)."""

    __tablename__ = "file_versions"
    __table_args__ = (UniqueConstraint("file_id", "seq", name="uq_file_versions_seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("document_files.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    # upload | signature | seal | attachment_signature
    reason: Mapped[str] = mapped_column(String(32))
    signature_field: Mapped[str | None] = mapped_column(String(64))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    page_count: Mapped[int | None] = mapped_column(Integer)
    # for signatures: where the appearance went (page, box, image_box) — the seal defaults
    # to overlapping the leader's signature image
    details: Mapped[dict] = mapped_column(JSON, default=dict)

    file: Mapped[DocumentFile] = relationship(back_populates="versions")


class Delivery(Base):
    """A dispatched document at one recipient agency: the incoming document (văn bản đến)."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("document_id", "recipient_agency_id", name="uq_deliveries_document_recipient"),
        UniqueConstraint("recipient_agency_id", "incoming_year", "incoming_number",
                         name="uq_deliveries_incoming_number"),
        Index("ix_deliveries_recipient_status", "recipient_agency_id", "status", "received_at"),
        Index("ix_deliveries_recipient_received", "recipient_agency_id", "received_at", "id"),  # migration 0006
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    recipient_agency_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    # The agency the sender addressed when it is not the recipient: it had been merged into the
    # recipient (routed on arrival) or its open work was handed over to it by the merger.
    addressed_agency_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    status: Mapped[DeliveryStatus] = mapped_column(_enum(DeliveryStatus, "delivery_status"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # the automatic verification on receipt: verdict + the docflow.verification/1 report
    verdict: Mapped[str] = mapped_column(String(32))
    verification: Mapped[dict] = mapped_column(JSON, default=dict)
    verified_sha256: Mapped[str] = mapped_column(String(64))
    refused_reason: Mapped[str | None] = mapped_column(Text)
    incoming_year: Mapped[int | None] = mapped_column(Integer)
    incoming_number: Mapped[int | None] = mapped_column(Integer)
    registered_at: Mapped[dt.datetime | None] = mapped_column()
    registered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    duplicate_warning: Mapped[str | None] = mapped_column(Text)
    lead_unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    assigned_at: Mapped[dt.datetime | None] = mapped_column()
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    direction: Mapped[str | None] = mapped_column(Text)  # the leader's instruction (ý kiến chỉ đạo)
    started_at: Mapped[dt.datetime | None] = mapped_column()
    completed_at: Mapped[dt.datetime | None] = mapped_column()
    completion_note: Mapped[str | None] = mapped_column(Text)
    reply_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    # docflow (dispatched here, or imported from edXML) | paper (a scan) | email (an e-mailed
    # PDF): the last two were registered by the clerk with what they typed (migration 0023)
    source: Mapped[str] = mapped_column(String(16), default="docflow", server_default="docflow")
    # the sender of a paper or e-mailed document: as typed, or the known agency chosen
    sender_name: Mapped[str | None] = mapped_column(String(255))
    sender_agency_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    # the handling deadline the sender asked for (hạn xử lý): pre-fills the leader's assignment
    requested_deadline: Mapped[dt.date | None] = mapped_column(Date)
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)  # recalled by the sender
    revision: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": revision}

    document: Mapped[Document] = relationship(foreign_keys=[document_id])
    cooperating: Mapped[list[DeliveryUnit]] = relationship(cascade="all, delete-orphan")


class DeliveryUnit(Base):
    """A co-operating unit (đơn vị phối hợp) on an incoming document."""

    __tablename__ = "delivery_units"

    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)


class DocumentEvent(Base):
    """The history users read: who did what, with which comment (returns keep their reason)."""

    __tablename__ = "document_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class RegisterCounter(Base):
    """The last number used in an agency's yearly register (outgoing or incoming)."""

    __tablename__ = "register_counters"

    agency_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # outgoing | incoming
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Notification(Base):
    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_unread", "user_id", "read_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"))
    msgid: Mapped[str] = mapped_column(String(255))
    params: Mapped[dict] = mapped_column(JSON, default=dict)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    read_at: Mapped[dt.datetime | None] = mapped_column()
    emailed: Mapped[bool] = mapped_column(Boolean, default=False)
    # the e-mail goes here instead of the person's address: a confirmation link to the address
    # they are moving to, the notice of a change to the address they left
    email_to: Mapped[str | None] = mapped_column(String(255))
