"""Webhook signature v2 (issue 14): the HMAC covers ``X-Docflow-Timestamp`` and the body, so a
captured delivery sent again with a fresh timestamp fails the receiver's check
(``docflow.webhooks.service.verify_delivery``, the function integrators copy). v1 signed the
body only: the replay below passed it."""

from __future__ import annotations

import hashlib
import hmac
import time

from docflow.models import WebhookDelivery
from docflow.webhooks.service import deliver_pending, sign_delivery, verify_delivery
from tests.api.helpers import dispatched
from tests.webhooks.test_delivery import SECRET, _subscribe, receiver  # noqa: F401 - the fixture

BODY = b'{"event":"document.received","id":"e1"}'


def _headers(timestamp: int, body: bytes = BODY, secret: str = SECRET) -> dict[str, str]:
    return {"X-Docflow-Timestamp": str(timestamp),
            "X-Docflow-Signature-V2": sign_delivery(secret, str(timestamp), body)}


def test_a_genuine_delivery_passes():
    now = int(time.time())
    assert verify_delivery(SECRET, BODY, _headers(now), now=now + 10)
    # the documented construction: HMAC-SHA256 of timestamp "." body, hex, "sha256=" in front
    expected = "sha256=" + hmac.new(SECRET.encode(), f"{now}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert _headers(now)["X-Docflow-Signature-V2"] == expected


def test_a_changed_timestamp_fails():
    captured = _headers(1_700_000_000)
    replayed = {**captured, "X-Docflow-Timestamp": str(int(time.time()))}
    assert not verify_delivery(SECRET, BODY, replayed)


def test_an_old_delivery_fails_after_the_tolerance():
    sent = 1_700_000_000
    assert verify_delivery(SECRET, BODY, _headers(sent), now=sent + 300)
    assert not verify_delivery(SECRET, BODY, _headers(sent), now=sent + 301)
    assert not verify_delivery(SECRET, BODY, _headers(sent), now=sent - 301)  # from the future
    assert verify_delivery(SECRET, BODY, _headers(sent), now=sent + 3600, tolerance=3600)


def test_a_changed_body_another_secret_or_missing_headers_fail():
    now = int(time.time())
    assert not verify_delivery(SECRET, BODY + b" ", _headers(now))
    assert not verify_delivery(SECRET, BODY, _headers(now, secret="another-secret-of-32-characters!"))
    assert not verify_delivery(SECRET, BODY, {"X-Docflow-Timestamp": str(now)})
    assert not verify_delivery(SECRET, BODY, {"X-Docflow-Signature-V2": _headers(now)["X-Docflow-Signature-V2"]})
    for bad in ("", "12a", "-5", "１２３", f"{now}.0"):
        assert not verify_delivery(SECRET, BODY, {**_headers(now), "X-Docflow-Timestamp": bad})


def test_a_captured_real_delivery_replayed_with_a_fresh_timestamp_fails(world, as_user, receiver):  # noqa: F811
    _subscribe(as_user, "ubndxnh.admin", receiver.url, events=["document.received"])
    dispatched(as_user)
    db = world.db
    db.rollback()
    assert deliver_pending(db, config=world.config).delivered == 1
    db.commit()
    [got] = receiver.received
    headers, body = got["headers"], got["raw"]
    assert verify_delivery(SECRET, body, headers)  # as sent
    sent = int(headers["X-Docflow-Timestamp"])
    later = sent + 3600
    replayed = {**headers, "X-Docflow-Timestamp": str(later)}
    # v1 alone cannot tell: the body's signature is the same whatever the timestamp says
    assert got["signature_ok"]
    assert not verify_delivery(SECRET, body, replayed, now=later)
    assert not verify_delivery(SECRET, body, headers, now=later)  # the old timestamp: too old by then
    assert db.query(WebhookDelivery).one().status == "delivered"
