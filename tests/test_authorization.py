"""Every route × every role × own agency / other agency / anonymous gets exactly its access.

The table is built from the app's URL map: a route without a rule here fails the test, so a
new page cannot ship without deciding who may use it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from docflow.models import Unit

from .conftest import csrf_token

ALLOW, DENY, LOGIN = "allow", "deny", "login"

# Who tries: anonymous, every role of Sở TN&MT (the objects' agency), an admin of another
# agency (Sở Tài chính) and the operator's global admin.
PERSONAS = ["anonymous", "stnmt.staff", "stnmt.reviewer", "stnmt.leader", "stnmt.clerk", "stnmt.auditor",
            "stnmt.admin", "stc.admin", "admin"]


def public(_p: str) -> str:
    return ALLOW


def authenticated(p: str) -> str:
    return LOGIN if p == "anonymous" else ALLOW


def agency_admin(p: str) -> str:
    """Admins of the object's agency and the operator's admin; other agencies' admins get 404."""
    if p == "anonymous":
        return LOGIN
    return ALLOW if p in ("stnmt.admin", "admin") else DENY


def any_admin(p: str) -> str:
    if p == "anonymous":
        return LOGIN
    return ALLOW if p.endswith("admin") else DENY


@dataclass(frozen=True)
class Rule:
    who: Callable[[str], str]
    method: str = "GET"
    data: tuple = ()


RULES: dict[str, Rule] = {
    "static": Rule(public),
    "auth.login": Rule(public),
    "auth.logout": Rule(authenticated, "POST"),
    "auth.change_password": Rule(authenticated),
    "auth.set_locale": Rule(public, "POST", (("locale", "en"),)),
    "home.index": Rule(public),  # a redirect: to the desk, or to the login page
    "home.desk": Rule(authenticated),
    "admin.index": Rule(any_admin),
    "admin.units": Rule(any_admin),
    "admin.unit_new": Rule(any_admin),
    "admin.unit_edit": Rule(agency_admin),
    "admin.users": Rule(any_admin),
    "admin.user_new": Rule(any_admin),
    "admin.user_edit": Rule(agency_admin),
    "admin.user_toggle_active": Rule(agency_admin, "POST"),
    "admin.user_reset_password": Rule(agency_admin, "POST"),
    # certificates (docflow/web/pki.py); cert_id is a certificate of stnmt.leader
    "pki.my_certificates": Rule(authenticated),
    "pki.change_pin": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "stnmt.leader" else DENY, "POST"),
    "pki.upload_signature_image": Rule(
        lambda p: LOGIN if p == "anonymous" else ALLOW if p == "stnmt.leader" else DENY, "POST"),
    "pki.import_own": Rule(authenticated, "POST"),
    "pki.admin_certificates": Rule(any_admin),
    "pki.admin_issue": Rule(any_admin, "POST"),
    "pki.admin_issue_seal": Rule(any_admin, "POST"),
    "pki.admin_import": Rule(any_admin, "POST"),
    "pki.admin_seal_image": Rule(any_admin, "POST"),
    "pki.admin_revoke": Rule(agency_admin, "POST"),
    "pki.admin_unlock": Rule(agency_admin, "POST"),
    "pki.trust": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "admin" else DENY),
    "pki.trust_add": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "admin" else DENY, "POST"),
    "pki.trust_remove": Rule(lambda p: LOGIN if p == "anonymous" else ALLOW if p == "admin" else DENY, "POST"),
    "pki_public.crl": Rule(public),
    "pki_public.ca_certificate": Rule(public),
    "pki_public.ocsp_post": Rule(public, "POST"),
    "pki_public.ocsp_get": Rule(public),
    "pki_public.tsa": Rule(public, "POST"),
}


def _url_args(db, demo) -> dict[str, object]:
    division = db.execute(select(Unit).where(Unit.name == "Phòng Quản lý đất đai")).scalar_one()
    return {"unit_id": division.id, "user_id": demo["stnmt.staff"].id, "filename": "app.css",
            "cert_id": _leader_certificate(db, demo["stnmt.leader"]), "slug": "issuing", "request_b64": "MA=="}


def _leader_certificate(db, leader) -> int:
    """A certificate row of stnmt.leader (no key: the pages only need its owner)."""
    import datetime as dt

    from docflow.models import Certificate, CertificateOwner, KeyBackend

    now = dt.datetime.now(dt.UTC)
    cert = Certificate(owner_kind=CertificateOwner.PERSONAL, user_id=leader.id, agency_id=leader.agency_id,
                       subject_cn=leader.full_name, subject=f"CN={leader.full_name}", serial="1f", issuer="issuing",
                       issuer_name="CN=test", not_before=now, not_after=now + dt.timedelta(days=1), sha256="0" * 64,
                       algorithm="ec-p256", cert_der=b"\x30\x00", key_backend=KeyBackend.SOFTWARE)
    db.add(cert)
    db.commit()
    return cert.id


def _endpoints(app) -> dict[str, tuple[str, set[str]]]:
    found: dict[str, tuple[str, set[str]]] = {}
    for rule in app.url_map.iter_rules():
        found[rule.endpoint] = (rule.rule, set(rule.methods or ()) - {"HEAD", "OPTIONS"})
    return found


def test_every_route_has_a_rule(app):
    unknown = sorted(set(_endpoints(app)) - set(RULES))
    assert not unknown, f"routes without an access rule in tests/test_authorization.py: {unknown}"
    stale = sorted(set(RULES) - set(_endpoints(app)))
    assert not stale, f"rules for routes that no longer exist: {stale}"


def test_no_state_change_by_get(app):
    for endpoint, (path, methods) in _endpoints(app).items():
        rule = RULES.get(endpoint)
        if rule and rule.method == "POST":
            assert "GET" not in methods, f"{endpoint} ({path}) changes state but answers GET"


def _outcome(response) -> str:
    # flask-login sends anonymous users to /login?next=...; a successful logout goes to /login
    if response.status_code == 302 and "/login?next=" in response.headers.get("Location", ""):
        return LOGIN
    if response.status_code in (403, 404):
        return DENY
    if response.status_code < 400 or response.status_code == 400:
        return ALLOW
    return f"unexpected {response.status_code}"


@pytest.mark.parametrize("endpoint", sorted(RULES))
def test_access_matrix(app, demo, db, endpoint):
    from flask import url_for

    rule = RULES[endpoint]
    args = _url_args(db, demo)
    with app.test_request_context():
        path, _methods = _endpoints(app)[endpoint]
        needed = {k: v for k, v in args.items() if f"<{k}>" in path or f":{k}>" in path}
        url = url_for(endpoint, **needed)
    failures = []
    for persona in PERSONAS:
        client = app.test_client()
        if persona != "anonymous":
            token = csrf_token(client)
            login = client.post("/login", data={"username": persona, "password": _password(persona),
                                                "csrf_token": token})
            assert login.status_code == 302, persona
        if rule.method == "POST":
            token = csrf_token(client, "/login" if persona == "anonymous" else "/desk")
            response = client.post(url, data={**dict(rule.data), "csrf_token": token})
        else:
            response = client.get(url)
        got, want = _outcome(response), rule.who(persona)
        if got != want:
            failures.append(f"{persona}: expected {want}, got {got} ({response.status_code})")
    assert not failures, f"{endpoint} {url}: " + "; ".join(failures)


def _password(persona: str) -> str:
    from .conftest import DEMO_PASSWORD

    return "Admin-pass-2026" if persona == "admin" else DEMO_PASSWORD
