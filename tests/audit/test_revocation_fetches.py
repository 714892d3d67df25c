"""Revocation fetching as the application does it (issue 13, defect 3): the auditor's page and
``/api/v1/verify`` (any logged-in user) make the server call nothing for a chain nobody
trusts; for a trusted chain the lookups are shown on the page and returned by the API, the
answers are shared through the database, and ``DOCFLOW_REVOCATION_FETCH=off`` calls nothing."""

from __future__ import annotations

import io
from dataclasses import replace

from cryptography.hazmat.primitives import serialization
from sqlalchemy import func, select

from docflow.api import tokens
from docflow.models import RevocationCacheEntry, User
from docflow.runtime import trust_context
from docflow.verification import verify_pdf
from tests.support.pdfs import official_letter
from tests.support.pki import TestCA
from tests.verification.corpus import sign
from tests.verification.test_fetching import Route, Server


def _upload(browser, data: bytes):
    return browser.post("/audit/verify", {"pdf": (io.BytesIO(data), "cv.pdf")}, form_page="/audit/verify",
                        content_type="multipart/form-data")


def _external_pki(config, base: str, name: str, *, trusted: bool):
    """An outside CA whose certificates name ``base``/ca.crl; its root in the trust store or not."""
    root = TestCA(f"{name} Root")
    ca = TestCA(f"{name} CA", parent=root, crl_url=f"{base}/ca.crl")
    if trusted:
        config.trust_dir.mkdir(parents=True, exist_ok=True)
        (config.trust_dir / f"{name.lower()}-root.pem").write_bytes(root.cert.public_bytes(serialization.Encoding.PEM))
    return root, ca, ca.issue(f"{name} Signer")


def test_an_attackers_pdf_makes_the_server_call_nothing(app, auditor, config):
    """The loopback network is allowed in the tests' configuration: only the trust rule stops
    the call (today the server GETs every URL an uploaded certificate names)."""
    server = Server()
    try:
        _root, ca, forger = _external_pki(config, server.base, "Attacker", trusted=False)
        server.routes["/ca.crl"] = Route(body=ca.crl().public_bytes(serialization.Encoding.DER))
        data = sign(official_letter(), forger)
        page = auditor.get(_upload(auditor, data).headers["Location"])
        assert page.status_code == 200
        assert server.hits == []
        # any logged-in user through the API
        db = app.extensions["docflow.sessionmaker"]()
        staff = db.execute(select(User).where(User.username == "stc.staff")).scalar_one()
        token = tokens.create_token(db, staff, staff, "tests").token
        db.commit()
        db.close()
        report = app.test_client().post("/api/v1/verify", data={"file": (io.BytesIO(data), "cv.pdf")},
                                        headers={"Authorization": f"Bearer {token}"},
                                        content_type="multipart/form-data").get_json()
        assert report["signatures"][0]["subindication"] == "NO_CERTIFICATE_CHAIN_FOUND"
        assert report["revocation_fetches"] == []
        assert server.hits == []
    finally:
        server.close()


def test_trusted_chain_lookups_on_the_page_and_shared_through_the_database(app, auditor, config):
    server = Server()
    try:
        _root, ca, signer = _external_pki(config, server.base, "Partner", trusted=True)
        server.routes["/ca.crl"] = Route(body=ca.crl().public_bytes(serialization.Encoding.DER))
        data = sign(official_letter(), signer)
        html = auditor.get(_upload(auditor, data).headers["Location"]).get_data(as_text=True)
        assert "Tra cứu tình trạng thu hồi" in html and f"{server.base}/ca.crl" in html
        assert "Đã tải về" in html
        assert len(server.hits) == 1
        # another worker (another session) gets the answer from the database, not the CA
        with app.extensions["docflow.sessionmaker"]() as other:
            report = verify_pdf(data, trust_context(other, config))
            other.commit()
        assert [r.result for r in report.revocation_fetches] == ["cached"]
        assert report.verdict == "TOTAL_PASSED"
        assert len(server.hits) == 1
        with app.extensions["docflow.sessionmaker"]() as db:
            assert db.execute(select(func.count()).select_from(RevocationCacheEntry)).scalar() == 1
    finally:
        server.close()


def test_revocation_fetch_off(app, config):
    server = Server()
    try:
        _root, ca, signer = _external_pki(config, server.base, "Quiet", trusted=True)
        server.routes["/ca.crl"] = Route(body=ca.crl().public_bytes(serialization.Encoding.DER))
        offline = replace(config, revocation_fetch="off")
        with app.extensions["docflow.sessionmaker"]() as db:
            report = verify_pdf(sign(official_letter(), signer), trust_context(db, offline))
        assert (report.verdict, report.signatures[0].subindication) == ("INDETERMINATE", "TRY_LATER")
        assert [r.result for r in report.revocation_fetches] == ["not_fetched_offline"]
        assert server.hits == []
    finally:
        server.close()
