"""Webhook subscriptions (an agency administrator's), and the worker that delivers the
outbox: signed POSTs, a delivery log, retries with exponential backoff. No flask here."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit, outbound
from ..config import Config
from ..messages import N_, DomainError
from ..models import Role, User, Webhook, WebhookAttempt, WebhookDelivery, utcnow
from ..outbound import OutboundFailed, OutboundPolicy, OutboundRefused
from ..secretbox import SecretBox, SecretUnavailable, is_sealed
from ..uow import transactional
from .outbox import EVENTS

__all__ = ["WebhookError", "WebhookNotFound", "create_webhook", "delete_webhook", "webhooks_of", "get_webhook",
           "deliveries_of", "deliver_pending", "sign_body", "DeliveryReport", "MAX_ATTEMPTS", "BACKOFF",
           "check_destination", "seal_plain_secrets", "sign_delivery", "verify_delivery", "SIGNATURE_HEADER",
           "SIGNATURE_V2_HEADER", "TIMESTAMP_HEADER", "TOLERANCE"]

MAX_ATTEMPTS = 8
BACKOFF = dt.timedelta(seconds=30)  # 30 s, 1 min, 2 min, 4 min … between attempts
TIMEOUT = 10.0
SIGNATURE_HEADER = "X-Docflow-Signature"  # v1, the body only: kept for receivers written against it
SIGNATURE_V2_HEADER = "X-Docflow-Signature-V2"  # the timestamp and the body (check this one)
TIMESTAMP_HEADER = "X-Docflow-Timestamp"
TOLERANCE = 300  # seconds a receiver accepts between the delivery's timestamp and its own clock


class WebhookError(DomainError):
    http_status = 400


class WebhookNotFound(WebhookError):
    http_status = 404


def _admin(actor: User) -> None:
    if not actor.has_role(Role.ADMIN):
        raise WebhookNotFound(N_("Only an administrator of the agency can manage its webhooks."))


def webhooks_of(session: Session, actor: User) -> list[Webhook]:
    _admin(actor)
    return list(session.execute(select(Webhook).where(Webhook.agency_id == actor.agency_id)
                                .order_by(Webhook.id)).scalars())


def get_webhook(session: Session, actor: User, webhook_id: int) -> Webhook:
    hook = session.get(Webhook, webhook_id)
    if hook is None or not actor.has_role(Role.ADMIN) or hook.agency_id != actor.agency_id:
        raise WebhookNotFound(N_("This webhook does not exist or you do not have access to it."))
    return hook


def _box(config: Config) -> SecretBox:
    return SecretBox(config.secret_key, "webhook secrets")


def _policy(config: Config, resolve=socket.getaddrinfo) -> OutboundPolicy:
    return OutboundPolicy(tuple(config.webhook_networks), resolve=resolve)


def check_destination(url: str, config: Config, resolve=socket.getaddrinfo) -> str | None:
    """Why docflow must not send to ``url`` (None: it may). Every address the host name has
    must be public, or inside DOCFLOW_WEBHOOK_ALLOWED_NETWORKS: an agency administrator must
    not make the server call its own loopback, the database's network or a cloud metadata
    address (169.254.169.254) with a webhook (the rules are docflow.outbound's)."""
    try:
        outbound.check_destination(url, _policy(config, resolve), deadline=time.monotonic() + TIMEOUT)
    except OutboundRefused as refused:
        return refused.reason
    except OutboundFailed:
        return outbound.RESOLVE_UNRESOLVABLE
    return None


@transactional
def create_webhook(session: Session, actor: User, url: str, secret: str, events: list[str] | None = None, *,
                   config: Config, ip: str = "", resolve=socket.getaddrinfo) -> Webhook:
    """Subscribe ``url`` to events of the actor's agency, signed with ``secret`` (≥ 16 chars,
    kept encrypted under the installation's secret key)."""
    _admin(actor)
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or len(url) > 500:
        raise WebhookError(N_("Enter an http(s) address."), field="url")
    refused = check_destination(url, config, resolve)
    if refused:
        raise WebhookError(refused, field="url")
    if len(secret) < 16 or len(secret) > 200:
        raise WebhookError(N_("The secret must have 16 to 200 characters."), field="secret")
    unknown = sorted(set(events or []) - set(EVENTS))
    if unknown:
        raise WebhookError(N_("Unknown event: %(event)s"), field="events", event=", ".join(unknown))
    hook = Webhook(agency_id=actor.agency_id, url=url, secret=_box(config).seal(secret),
                   events=sorted(set(events or [])), created_by_id=actor.id)
    session.add(hook)
    session.flush()
    audit.record(session, "webhook.create", actor=actor, object_type="webhook", object_id=hook.id, ip=ip,
                 agency_id=actor.agency_id, details={"url": url, "events": hook.events})
    return hook


def seal_plain_secrets(session: Session, config: Config) -> int:
    """Encrypt secrets stored in clear by versions before 0007 (``docflow init`` runs it)."""
    box, count = _box(config), 0
    for hook in session.execute(select(Webhook)).scalars():
        if not is_sealed(hook.secret):
            hook.secret = box.seal(hook.secret)
            count += 1
    session.flush()
    return count


@transactional
def delete_webhook(session: Session, actor: User, webhook_id: int, *, ip: str = "") -> Webhook:
    """Deactivate: pending events are no longer sent; the log is kept."""
    hook = get_webhook(session, actor, webhook_id)
    hook.active = False
    for row in session.execute(select(WebhookDelivery).where(WebhookDelivery.webhook_id == hook.id,
                                                             WebhookDelivery.status == "pending")).scalars():
        row.status = "failed"
    audit.record(session, "webhook.delete", actor=actor, object_type="webhook", object_id=hook.id, ip=ip,
                 agency_id=hook.agency_id, details={"url": hook.url})
    return hook


def deliveries_of(session: Session, actor: User, webhook_id: int, limit: int = 100) -> list[WebhookDelivery]:
    hook = get_webhook(session, actor, webhook_id)
    return list(session.execute(select(WebhookDelivery).where(WebhookDelivery.webhook_id == hook.id)
                                .order_by(WebhookDelivery.id.desc()).limit(limit)).scalars())


# -- delivery ---------------------------------------------------------------------------------------


def sign_body(secret: str, body: bytes) -> str:
    """v1 (``X-Docflow-Signature``): the body alone. A captured delivery can be sent again with a
    fresh ``X-Docflow-Timestamp`` and still passes; receivers check v2 (``verify_delivery``)."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def sign_delivery(secret: str, timestamp: str, body: bytes) -> str:
    """v2 (``X-Docflow-Signature-V2``): HMAC-SHA256 of ``timestamp + "." + body`` (as Stripe
    does), so the timestamp a receiver judges freshness by cannot be changed."""
    signed = timestamp.encode("ascii") + b"." + body
    return "sha256=" + hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()


def verify_delivery(secret: str, body: bytes, headers, *, tolerance: int = TOLERANCE,
                    now: float | None = None) -> bool:
    """The receiver's check of a delivery (standard library only: copy it into a receiver).

    ``body`` is the raw request body as received (before any JSON parsing), ``headers`` any
    case-insensitive mapping of the request's headers (or a plain dict with docflow's spelling).
    True only when ``X-Docflow-Timestamp`` is an integer within ``tolerance`` seconds of ``now``
    (the receiver's clock, default ``time.time()``) and ``X-Docflow-Signature-V2`` is the HMAC of
    that timestamp, a dot and the body. A replay with a new timestamp fails the HMAC; a replay
    with the old one fails the clock after ``tolerance``; within it, deduplicate on
    ``X-Docflow-Event-Id`` (retries of one event carry the same id)."""
    timestamp = headers.get(TIMESTAMP_HEADER) or ""
    signature = headers.get(SIGNATURE_V2_HEADER) or ""
    if not (timestamp.isascii() and timestamp.isdigit()) or not signature:
        return False
    current = time.time() if now is None else now
    if abs(current - int(timestamp)) > tolerance:
        return False
    return hmac.compare_digest(sign_delivery(secret, timestamp, body), signature)


@dataclass(frozen=True)
class DeliveryReport:
    attempted: int
    delivered: int
    failed: int  # gave up after MAX_ATTEMPTS
    retrying: int
    next_due: dt.datetime | None


Poster = Callable[[str, bytes, dict], int]


def _poster(config: Config, resolve=socket.getaddrinfo) -> Poster:
    """POST through docflow.outbound: the address checked is the one connected to (a name
    cannot point elsewhere between the check and the call), no redirect followed (a 3xx is a
    failed attempt, logged and retried like any other)."""
    policy = _policy(config, resolve)

    def post(url: str, body: bytes, headers: dict) -> int:
        return outbound.request("POST", url, policy=policy, timeout=TIMEOUT, body=body, headers=headers,
                                max_bytes=64 * 1024).status

    return post


def _attempt(row: WebhookDelivery, hook: Webhook, body: bytes, timestamp: str, box: SecretBox,
             refused: str | None, post: Poster) -> tuple[int | None, str | None]:
    """One POST of an event: (the receiver's status, the error to log or None)."""
    try:
        secret = box.open(hook.secret)
    except SecretUnavailable:
        return None, "the webhook's secret cannot be decrypted (was DOCFLOW_SECRET_KEY changed?): create it again"
    if refused:
        return None, "destination refused: " + refused
    headers = {"Content-Type": "application/json", "User-Agent": "docflow-webhooks/1",
               SIGNATURE_HEADER: sign_body(secret, body), TIMESTAMP_HEADER: timestamp,
               SIGNATURE_V2_HEADER: sign_delivery(secret, timestamp, body),
               "X-Docflow-Event-Id": row.event_id, "X-Docflow-Event": row.event}
    try:
        status_code = post(hook.url, body, headers)
    except Exception as exc:  # noqa: BLE001 - every failure is logged and retried
        return None, f"{type(exc).__name__}: {exc}"[:1000]
    return status_code, None if 200 <= status_code < 300 else f"HTTP {status_code}"


def deliver_pending(session: Session, now: dt.datetime | None = None, *, config: Config, limit: int = 200,
                    max_attempts: int = MAX_ATTEMPTS, backoff: dt.timedelta = BACKOFF,
                    post: Poster | None = None, resolve=socket.getaddrinfo) -> DeliveryReport:
    """POST every due event once: ``X-Docflow-Timestamp`` (this attempt's, Unix seconds),
    ``X-Docflow-Signature-V2: sha256=<hmac of timestamp "." raw body>`` (``verify_delivery``),
    the v1 ``X-Docflow-Signature`` (body only) and ``X-Docflow-Event-Id`` headers. A 2xx answer delivers it; any
    other answer or error is logged and retried after ``backoff * 2**(attempts-1)`` until
    ``max_attempts``. Rows are locked (SKIP LOCKED on PostgreSQL) so workers never double-send.
    The destination is checked again before each attempt (a name may point elsewhere now)."""
    now = now or utcnow()
    q = (select(WebhookDelivery).where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
         .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id).limit(limit))
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(skip_locked=True)
    rows = session.execute(q).scalars().all()
    post = post or _poster(config, resolve)
    box = _box(config)
    destinations: dict[str, str | None] = {}
    delivered = failed = retrying = 0
    for row in rows:
        hook = row.webhook
        if not hook.active:
            row.status = "failed"
            failed += 1
            continue
        body = json.dumps(row.payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
        started = time.monotonic()
        if hook.url not in destinations:  # resolved once per batch, not once per event
            destinations[hook.url] = check_destination(hook.url, config, resolve)
        status_code, error = _attempt(row, hook, body, str(int(now.timestamp())), box, destinations[hook.url], post)
        row.log.append(WebhookAttempt(at=now, status_code=status_code, error=error,
                                      duration_ms=int((time.monotonic() - started) * 1000)))
        row.attempts += 1
        if error is None:
            row.status, row.delivered_at = "delivered", now
            delivered += 1
        elif row.attempts >= max_attempts:
            row.status = "failed"
            failed += 1
        else:
            row.next_attempt_at = now + backoff * (2 ** (row.attempts - 1))
            retrying += 1
    session.flush()
    next_due = session.execute(select(WebhookDelivery.next_attempt_at).where(WebhookDelivery.status == "pending")
                               .order_by(WebhookDelivery.next_attempt_at).limit(1)).scalar_one_or_none()
    return DeliveryReport(len(rows), delivered, failed, retrying, next_due)
