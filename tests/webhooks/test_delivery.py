"""Webhooks: registered through the API, written to the outbox by the workflow services in
the action's transaction, POSTed to a receiver on loopback with an HMAC-SHA256 signature the
receiver checks, retried with backoff (a failing receiver: 500, then 200), logged; and run
through RQ on Redis when configured."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from docflow.models import WebhookDelivery
from docflow.webhooks.service import deliver_pending, verify_delivery
from tests.api.helpers import dispatched, ok

SECRET = "a-shared-secret-of-32-characters"


class Receiver:
    """An HTTP receiver on 127.0.0.1 that checks the signature of what it gets."""

    def __init__(self, statuses=()):
        self.statuses = list(statuses)
        self.received: list[dict] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
                outer.received.append({"headers": dict(self.headers), "body": json.loads(body), "raw": body,
                                       "signature_ok": hmac.compare_digest(expected,
                                                                           self.headers["X-Docflow-Signature"]),
                                       "v2_ok": verify_delivery(SECRET, body, self.headers)})
                status = outer.statuses.pop(0) if outer.statuses else 200
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def failing_receiver():
    r = Receiver(statuses=[500])
    yield r
    r.close()


def _subscribe(as_user, admin: str, url: str, events=()) -> dict:
    return ok(as_user(admin).post("/api/v1/webhooks", json={"url": url, "secret": SECRET, "events": list(events)}),
              201)


def test_events_are_signed_delivered_and_logged(world, as_user, receiver):
    hook_b = _subscribe(as_user, "ubndxnh.admin", receiver.url)
    hook_a = _subscribe(as_user, "snnmt.admin", receiver.url, events=["document.registered", "document.completed"])
    doc = dispatched(as_user)
    b_clerk = as_user("ubndxnh.clerk")
    delivery = ok(b_clerk.get("/api/v1/deliveries"))["items"][0]
    ok(b_clerk.post(f"/api/v1/deliveries/{delivery['id']}/register", json={"revision": delivery["revision"]}))

    db = world.db
    db.rollback()
    report = deliver_pending(db, config=world.config)
    db.commit()
    assert (report.attempted, report.delivered, report.retrying) == (3, 3, 0)
    got = sorted((r["body"]["event"], r["body"]["agency_id"], r["body"]["data"]["role"]) for r in receiver.received)
    a_id, b_id = doc["agency_id"], delivery["recipient_agency_id"]
    assert got == [("document.received", b_id, "recipient"), ("document.registered", a_id, "sender"),
                   ("document.registered", b_id, "recipient")]
    assert all(r["signature_ok"] and r["v2_ok"] for r in receiver.received)
    first = receiver.received[0]
    assert first["headers"]["X-Docflow-Event-Id"] == first["body"]["id"]
    assert abs(int(first["headers"]["X-Docflow-Timestamp"]) - dt.datetime.now(dt.UTC).timestamp()) < 120
    assert first["body"]["data"]["document"]["notation"] == doc["notation"]
    assert SECRET not in json.dumps(first["body"])

    log = ok(as_user("ubndxnh.admin").get(f"/api/v1/webhooks/{hook_b['id']}/deliveries"))
    assert [(d["event"], d["status"], [a["status_code"] for a in d["log"]]) for d in log] == [
        ("document.registered", "delivered", [200]), ("document.received", "delivered", [200])]
    # another agency's admin sees neither the hook nor its log
    assert as_user("stc.clerk").get(f"/api/v1/webhooks/{hook_a['id']}/deliveries").status_code == 404
    assert as_user("ubndxnh.admin").get(f"/api/v1/webhooks/{hook_a['id']}/deliveries").status_code == 404
    assert report.next_due is None


def test_failing_receiver_is_retried_with_backoff(world, as_user, failing_receiver):
    hook = _subscribe(as_user, "ubndxnh.admin", failing_receiver.url, events=["document.received"])
    dispatched(as_user)
    db = world.db
    db.rollback()
    now = dt.datetime.now(dt.UTC)
    first = deliver_pending(db, now, config=world.config)
    db.commit()
    assert (first.attempted, first.delivered, first.retrying) == (1, 0, 1)
    assert first.next_due == now + dt.timedelta(seconds=30)
    assert deliver_pending(db, now + dt.timedelta(seconds=10), config=world.config).attempted == 0  # not due yet
    second = deliver_pending(db, now + dt.timedelta(seconds=31), config=world.config)
    db.commit()
    assert (second.attempted, second.delivered) == (1, 1)
    row = db.execute(select(WebhookDelivery).where(WebhookDelivery.webhook_id == hook["id"])).scalar_one()
    assert row.status == "delivered" and row.attempts == 2
    assert [(a.status_code, a.error) for a in row.log] == [(500, "HTTP 500"), (200, None)]
    assert all(a.duration_ms >= 0 for a in row.log)
    # the same event id both times: the receiver can deduplicate
    ids = {r["headers"]["X-Docflow-Event-Id"] for r in failing_receiver.received}
    assert len(failing_receiver.received) == 2 and len(ids) == 1


def test_unreachable_receiver_gives_up_after_max_attempts(world, as_user):
    _subscribe(as_user, "ubndxnh.admin", "http://127.0.0.1:9/nothing-listens-here")
    dispatched(as_user)
    db = world.db
    db.rollback()
    now = dt.datetime.now(dt.UTC)
    for i in range(3):
        deliver_pending(db, now + dt.timedelta(hours=i), max_attempts=3, config=world.config)
    db.commit()
    row = db.execute(select(WebhookDelivery)).scalar_one()
    assert row.status == "failed" and row.attempts == 3 and all(a.status_code is None for a in row.log)
    assert "ConnectionRefusedError" in row.log[0].error


def test_events_roll_back_with_the_action(world, as_user, receiver):
    """No event for an action that failed: the outbox shares the action's transaction."""
    _subscribe(as_user, "snnmt.admin", receiver.url)
    from tests.api.helpers import act, create_draft

    doc = create_draft(as_user("snnmt.staff"), reviewer=None)
    doc = act(as_user("snnmt.staff"), doc, "submit")
    doc = act(as_user("snnmt.leader"), doc, "sign", pin="000000", status=403)  # wrong PIN
    world.db.rollback()
    assert world.db.execute(select(WebhookDelivery)).scalars().all() == []


def test_validation_and_scope(as_user):
    admin = as_user("snnmt.admin", lang="en")
    bad = admin.post("/api/v1/webhooks", json={"url": "ftp://x", "secret": SECRET})
    assert bad.status_code == 422 and bad.get_json()["error"]["field"] == "url"
    short = admin.post("/api/v1/webhooks", json={"url": "http://127.0.0.1:9/h", "secret": "short"})
    assert short.status_code == 422 and short.get_json()["error"]["field"] == "secret"
    unknown = admin.post("/api/v1/webhooks", json={"url": "http://127.0.0.1:9/h", "secret": SECRET,
                                                   "events": ["document.eaten"]})
    assert unknown.status_code == 400 and unknown.get_json()["error"]["field"] == "events"
    assert "Unknown event" in unknown.get_json()["error"]["message"]
    hook = ok(admin.post("/api/v1/webhooks", json={"url": "http://127.0.0.1:9/h", "secret": SECRET}), 201)
    assert "secret" not in hook
    assert as_user("snnmt.staff").get("/api/v1/webhooks").status_code == 404
    assert as_user("stc.admin").delete(f"/api/v1/webhooks/{hook['id']}").status_code == 404
    assert ok(admin.delete(f"/api/v1/webhooks/{hook['id']}"))["active"] is False


def test_cli_deliver(app, world, as_user, receiver):
    _subscribe(as_user, "ubndxnh.admin", receiver.url)
    dispatched(as_user)
    result = app.test_cli_runner().invoke(args=["webhooks", "deliver"])
    assert result.exit_code == 0, result.output
    assert "delivered 1" in result.output and len(receiver.received) == 1


def test_secrets_are_kept_encrypted_and_a_changed_key_is_said(world, as_user, receiver):
    """The database holds no webhook secret in clear; deliveries are still signed with it. With
    another installation secret key, nothing is sent unsigned: the log says why."""
    from dataclasses import replace

    from docflow.models import Webhook

    hook = _subscribe(as_user, "ubndxnh.admin", receiver.url, events=["document.received"])
    db = world.db
    db.rollback()
    stored = db.execute(select(Webhook.secret).where(Webhook.id == hook["id"])).scalar_one()
    assert SECRET not in stored and stored.startswith("v1:")
    dispatched(as_user)
    db.rollback()
    other_key = replace(world.config, secret_key="another-installation-secret-" + "y" * 24)
    report = deliver_pending(db, config=other_key)
    db.commit()
    assert (report.attempted, report.delivered, report.retrying) == (1, 0, 1) and receiver.received == []
    row = db.execute(select(WebhookDelivery)).scalar_one()
    assert "cannot be decrypted" in row.log[0].error
    later = deliver_pending(db, row.next_attempt_at, config=world.config)
    db.commit()
    assert later.delivered == 1 and receiver.received[0]["signature_ok"]


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/h", "http://localhost:9/h", "http://10.1.2.3/h",
                                 "http://169.254.169.254/latest/meta-data", "http://[::1]:9/h",
                                 "http://192.168.1.10/h", "http://0.0.0.0:9/h"])
def test_private_and_local_destinations_are_refused(world, url):
    """Without DOCFLOW_WEBHOOK_ALLOWED_NETWORKS an administrator cannot point docflow at its own
    loopback, the intranet or a metadata service."""
    from dataclasses import replace

    from docflow.webhooks.service import WebhookError, create_webhook

    strict = replace(world.config, webhook_allowed_networks="")
    with pytest.raises(WebhookError) as refused:
        create_webhook(world.db, world.user("snnmt.admin"), url, SECRET, config=strict)
    assert refused.value.field == "url"
    world.db.rollback()


def test_the_destination_is_checked_again_before_each_delivery(world, as_user, receiver):
    """A name that pointed to a public address when the webhook was made and to a private one
    now (DNS rebinding) is not called."""
    from dataclasses import replace

    from docflow.webhooks.service import create_webhook

    public = lambda host, port, proto=0: [(2, 1, 6, "", ("203.0.113.7", port))]  # noqa: E731 - TEST-NET-3
    private = lambda host, port, proto=0: [(2, 1, 6, "", ("127.0.0.1", port))]  # noqa: E731
    strict = replace(world.config, webhook_allowed_networks="")
    assert public("x", 80)[0][4][0] == "203.0.113.7"
    create_webhook(world.db, world.user("ubndxnh.admin"), "http://hooks.example.vn:9/h", SECRET,
                   ["document.received"], config=replace(strict, webhook_allowed_networks="203.0.113.0/24"),
                   resolve=public)
    world.db.commit()
    dispatched(as_user)
    world.db.rollback()
    sent = []
    report = deliver_pending(world.db, config=strict, resolve=private,
                             post=lambda url, body, headers: sent.append(url) or 200)
    world.db.commit()
    assert report.delivered == 0 and sent == []
    row = world.db.execute(select(WebhookDelivery)).scalar_one()
    assert row.log[0].error.startswith("destination refused")


def test_init_encrypts_secrets_stored_in_clear_by_older_versions(app, world, as_user, receiver):
    from docflow.models import Webhook

    hook = _subscribe(as_user, "ubndxnh.admin", receiver.url, events=["document.received"])
    db = world.db
    db.rollback()
    db.get(Webhook, hook["id"]).secret = SECRET  # as version 0006 stored it
    db.commit()
    result = app.test_cli_runner().invoke(args=["init"])
    assert result.exit_code == 0, result.output
    assert "Webhook secrets encrypted at rest: 1." in result.output
    db.expire_all()
    assert db.get(Webhook, hook["id"]).secret.startswith("v1:")
    dispatched(as_user)
    db.rollback()
    assert deliver_pending(db, config=world.config).delivered == 1 and receiver.received[0]["signature_ok"]


def test_delivery_connects_to_the_address_that_was_checked(world, as_user, receiver):
    """The webhook sender goes through docflow.outbound: the name is resolved once, checked,
    and the connection made to that address (this name exists only in the test's resolver,
    so a second lookup by an HTTP library would fail)."""
    from dataclasses import replace

    from docflow.webhooks.service import create_webhook

    port = receiver.server.server_port
    lookups = []

    def resolve(host, port_, proto=0):
        lookups.append(host)
        return [(2, 1, 6, "", ("127.0.0.1", port_))]

    config = replace(world.config, webhook_allowed_networks="127.0.0.1/32")
    create_webhook(world.db, world.user("ubndxnh.admin"), f"http://hooks.docflow-test.invalid:{port}/hook", SECRET,
                   ["document.received"], config=config, resolve=resolve)
    world.db.commit()
    dispatched(as_user)
    world.db.rollback()
    lookups.clear()
    report = deliver_pending(world.db, config=config, resolve=resolve)
    world.db.commit()
    assert report.delivered == 1 and receiver.received[0]["signature_ok"]
    assert receiver.received[0]["headers"]["Host"] == f"hooks.docflow-test.invalid:{port}"
    assert set(lookups) == {"hooks.docflow-test.invalid"}


@pytest.mark.parametrize("url", [
    "http://[::ffff:127.0.0.1]:9/h",  # IPv4-mapped loopback
    "http://[::ffff:169.254.169.254]/latest/meta-data",  # IPv4-mapped metadata service
    "http://[64:ff9b::7f00:1]:9/h",  # NAT64 of 127.0.0.1
    "http://[64:ff9b::a9fe:a9fe]/latest/meta-data",  # NAT64 of 169.254.169.254
    "http://[64:ff9b::a00:1]/h",  # NAT64 of 10.0.0.1
    "http://[64:ff9b:1::a00:1]/h",  # local-use NAT64 (RFC 8215)
    "http://[2002:7f00:1::1]:9/h",  # 6to4 of 127.0.0.1
    "http://[2002:c0a8:10a::1]/h",  # 6to4 of 192.168.1.10
    "http://[::127.0.0.1]:9/h",  # IPv4-compatible loopback
])
def test_ipv6_addresses_that_lead_to_private_ipv4_are_refused(world, url):
    """Python calls 64:ff9b::7f00:1 and 2002:7f00:1::1 global, yet a NAT64 gateway or a 6to4
    relay delivers them to 127.0.0.1: they are judged by the IPv4 address they carry."""
    from dataclasses import replace

    from docflow.webhooks.service import WebhookError, create_webhook

    strict = replace(world.config, webhook_allowed_networks="")
    with pytest.raises(WebhookError) as refused:
        create_webhook(world.db, world.user("snnmt.admin"), url, SECRET, config=strict)
    assert refused.value.field == "url" and "private or local network" in str(refused.value)
    world.db.rollback()


def test_a_name_resolving_to_nat64_of_the_metadata_service_is_not_called(world, as_user):
    """The same rule behind a name, at each delivery (a name may get that AAAA record later)."""
    import socket
    from dataclasses import replace

    from docflow.webhooks.service import create_webhook

    public = lambda host, port, proto=0: [(socket.AF_INET6, 1, 6, "", ("2001:4860:4860::8888", port, 0, 0))]  # noqa: E731
    nat64 = lambda host, port, proto=0: [(socket.AF_INET6, 1, 6, "", ("64:ff9b::a9fe:a9fe", port, 0, 0))]  # noqa: E731
    strict = replace(world.config, webhook_allowed_networks="")
    create_webhook(world.db, world.user("ubndxnh.admin"), "http://hooks.example.vn/h", SECRET,
                   ["document.received"], config=strict, resolve=public)
    world.db.commit()
    dispatched(as_user)
    world.db.rollback()
    sent = []
    report = deliver_pending(world.db, config=strict, resolve=nat64,
                             post=lambda url, body, headers: sent.append(url) or 200)
    world.db.commit()
    assert report.delivered == 0 and sent == []
    row = world.db.execute(select(WebhookDelivery)).scalar_one()
    assert row.log[0].error.startswith("destination refused")


def test_public_addresses_carrying_public_ipv4_stay_allowed(world):
    from dataclasses import replace

    from docflow.webhooks.service import create_webhook

    strict = replace(world.config, webhook_allowed_networks="")
    for url in ("http://[2002:808:808::1]/h", "http://[64:ff9b::808:808]/h", "http://[2001:4860:4860::8888]/h"):
        assert create_webhook(world.db, world.user("snnmt.admin"), url, SECRET, config=strict).id
    world.db.rollback()


def test_a_receiver_that_redirects_is_not_followed(world, as_user):
    """A webhook answered with a redirect, even to another path of the same server, is a failed
    attempt: docflow sends the signed event to the address the administrator registered and
    nowhere else (before, a same-host redirect was followed and the event delivered there)."""
    landed = []

    class Redirecting(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            if self.path == "/hook":
                self.send_response(307)
                self.send_header("Location", "/landing")
            else:
                landed.append(self.path)
                self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirecting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        _subscribe(as_user, "ubndxnh.admin", f"http://127.0.0.1:{server.server_port}/hook",
                   events=["document.received"])
        dispatched(as_user)
        world.db.rollback()
        report = deliver_pending(world.db, config=world.config)
        world.db.commit()
    finally:
        server.shutdown()
        server.server_close()
    assert landed == []
    assert report.delivered == 0 and report.retrying == 1
    row = world.db.execute(select(WebhookDelivery)).scalar_one()
    assert row.log[0].status_code == 307 and row.log[0].error == "HTTP 307"
