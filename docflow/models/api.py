"""Integration: personal API tokens, webhooks (subscriptions, the outbox and its delivery log)
and the edXML exchange (organ identifiers of the national axis, links between exchanged
packages and local documents or deliveries)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

__all__ = ["ApiToken", "Webhook", "WebhookDelivery", "WebhookAttempt", "EdxmlOrgan", "EdxmlSealCertificate",
           "EdxmlLink", "RateLimitCounter"]


class ApiToken(Base):
    """A personal access token. Only its SHA-256 is stored; the token is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))  # the first characters, to recognise it in lists
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    expires_at: Mapped[dt.datetime | None] = mapped_column()
    last_used_at: Mapped[dt.datetime | None] = mapped_column()
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_at: Mapped[dt.datetime | None] = mapped_column()


class Webhook(Base):
    """An agency's subscription: docflow POSTs signed events about its documents to ``url``."""

    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    url: Mapped[str] = mapped_column(String(500))
    # HMAC-SHA256 key shared with the receiver (needed in clear to sign; never shown again)
    secret: Mapped[str] = mapped_column(String(400))  # AES-GCM sealed (docflow.secretbox), never in clear
    events: Mapped[list[str]] = mapped_column(JSON, default=list)  # empty: every event
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class WebhookDelivery(Base):
    """One event for one webhook (the outbox row), written in the action's transaction."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    webhook_id: Mapped[int] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[dt.datetime | None] = mapped_column()

    webhook: Mapped[Webhook] = relationship()
    log: Mapped[list[WebhookAttempt]] = relationship(order_by="WebhookAttempt.id", cascade="all, delete-orphan")


class WebhookAttempt(Base):
    """The delivery log: every POST, its answer or error and how long it took."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)


class EdxmlOrgan(Base):
    """The OrganId of an agency on the national document exchange axis. External agencies
    (other installations) are local agency units flagged ``external``: documents addressed to
    them wait for an edXML export; documents from them arrive by edXML import."""

    __tablename__ = "edxml_organs"

    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), primary_key=True)
    organ_id: Mapped[str] = mapped_column(String(64), unique=True)
    external: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class EdxmlSealCertificate(Base):
    """A seal certificate an administrator registered for an external agency: a package from
    that agency arrives only when its seal was made with one of these (or with a trusted
    certificate naming its OrganId, see ``docflow.workflow.sender``). The agencies of this
    installation need none: their seal certificates are docflow's own (``Certificate``)."""

    __tablename__ = "edxml_seal_certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # one certificate, one agency
    subject: Mapped[str] = mapped_column(String(1024))  # RFC 4514, for display
    issuer: Mapped[str] = mapped_column(String(1024))
    serial: Mapped[str] = mapped_column(String(64))  # lower-case hex
    not_before: Mapped[dt.datetime] = mapped_column()
    not_after: Mapped[dt.datetime] = mapped_column()
    cert_der: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class EdxmlLink(Base):
    """An exchanged package: the edXML DocumentId tied to the local document (sent) or to the
    local delivery (received), and the last status code seen from the other side. One link per
    recipient agency: a package addressed to two agencies of one installation arrives twice,
    once at each (the agency of the link's delivery: ours when received, the partner when sent)."""

    __tablename__ = "edxml_links"
    __table_args__ = (UniqueConstraint("direction", "edxml_document_id", "remote_organ_id", "recipient_agency_id",
                                       name="uq_edxml_links_direction_recipient"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(8))  # out | in
    edxml_document_id: Mapped[str] = mapped_column(String(255), index=True)
    remote_organ_id: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"), index=True)
    recipient_agency_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)
    last_status: Mapped[str | None] = mapped_column(String(4))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class RateLimitCounter(Base):
    """A fixed-window counter of the rate limits (login, PIN, API token failures), shared by
    every worker and node (``docflow.ratelimits``): the key, the hits in the current window and
    when the window ends (seconds since the epoch)."""

    __tablename__ = "rate_limit_counters"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[float] = mapped_column(Float, index=True)
