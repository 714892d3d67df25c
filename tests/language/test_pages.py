"""Every page of the URL map, as each role of the demo, in Vietnamese and in English: no English
in the Vietnamese pages (outside names of formats and standards), no msgid left untranslated,
no internal code where a word exists, no Vietnamese interface text in the English pages and
English plurals right.

The pages come from the app's URL map (a new page is walked without being named here) with the
URL arguments of tests/test_authorization.py, plus documents and incoming copies in the states a
person meets: returned with a comment, signed and sealed, dispatched, registered and assigned;
the auditor's reports of a genuine, an altered and a truncated upload. Files (PDF, images, the
CSV exports with their stable machine columns) are not pages and are not read here."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from flask import url_for
from sqlalchemy import select

from docflow.audit.reading import recorded_actions
from docflow.models import Delivery, Document, Unit, User
from docflow.workflow import incoming, outgoing
from tests.conftest import DEMO_PASSWORD, csrf_token
from tests.test_authorization import _api_args, _url_args
from tests.workflow.conftest import world  # noqa: F401  (the fixture)
from tests.workflow.helpers import alter_after_signing, issued_document

from .text import english_faults, vietnamese_faults, visible_text

PERSONAS = ["anonymous", "snnmt.staff", "snnmt.reviewer", "snnmt.leader", "snnmt.clerk", "snnmt.auditor",
            "snnmt.admin", "admin"]
# Pages that are not read by people in the interface language (files, the API's own pages).
NOT_PAGES = ("static", "api", "pki_public")


def _objects(w) -> tuple[list[dict], list[bytes]]:
    """Documents and incoming copies in the states people meet; returns URL-argument variants
    and PDFs an auditor uploads."""
    db, ctx = w.db, w.ctx()
    staff, reviewer = w.user("snnmt.staff"), w.user("snnmt.reviewer")
    returned = outgoing.create_draft(db, ctx, staff, w.draft_input(to=("STC",)), w.letter())
    outgoing.submit(db, ctx, staff, returned, returned.revision)
    outgoing.return_document(db, ctx, reviewer, returned, returned.revision, "Đề nghị bổ sung căn cứ pháp lý.")
    db.commit()
    out = issued_document(w, to=("UBNDXNH", "STC"))
    arrived = issued_document(w, to=("SNNMT",), staff="stc.staff", leader="stc.leader", clerk="stc.clerk")
    delivery = db.execute(select(Delivery).where(Delivery.document_id == arrived.id,
                                                 Delivery.recipient_agency_id == w.agency("SNNMT").id)).scalar_one()
    clerk, leader = w.user("snnmt.clerk"), w.user("snnmt.leader")
    incoming.register(db, ctx, clerk, delivery, delivery.revision)
    incoming.assign(db, ctx, leader, delivery, delivery.revision,
                    lead_unit_id=w.unit("Phòng Quản lý đất đai", "SNNMT").id, cooperating_unit_ids=[],
                    deadline=w.clock().date() + dt.timedelta(days=7), handler_id=staff.id,
                    direction="Phòng Quản lý đất đai chủ trì, báo cáo trước hạn.")
    db.commit()
    signed = out.main_file.current
    variants = [{"document_id": returned.id},
                {"document_id": out.id, "version_id": signed.id, "delivery_id": delivery.id}]
    genuine = ctx.blobs.get(signed.sha256)
    uploads = [genuine, alter_after_signing(genuine), genuine + b"\n% appended after signing\n" * 3]
    return variants, uploads


def _urls(app, base: dict, variants: list[dict]) -> list[tuple[str, str]]:
    urls: dict[str, str] = {}
    with app.test_request_context():
        for rule in app.url_map.iter_rules():
            if "GET" not in (rule.methods or ()) or rule.endpoint.split(".")[0].startswith(NOT_PAGES):
                continue
            if rule.rule.startswith("/api/"):
                continue
            missing = [a for a in rule.arguments if a not in base]
            assert not missing, (f"{rule.endpoint}: no value for {missing}; add one to _url_args in "
                                 "tests/test_authorization.py")
            for variant in [{}, *variants]:
                args = {a: variant.get(a, base[a]) for a in rule.arguments}
                urls.setdefault(url_for(rule.endpoint, **args), rule.endpoint)
    return sorted((endpoint, url) for url, endpoint in urls.items())


def _login(app, persona: str, locale: str):
    client = app.test_client()
    if persona != "anonymous":
        password = "Admin-pass-2026" if persona == "admin" else DEMO_PASSWORD
        response = client.post("/login", data={"username": persona, "password": password,
                                               "csrf_token": csrf_token(client)})
        assert response.status_code == 302, persona
    with client.session_transaction() as session:
        session["locale"] = locale
    return client


def _readable(response) -> str | None:
    if response.status_code >= 500:
        raise AssertionError(f"server error {response.status_code}")
    if response.mimetype == "text/html":
        return visible_text(response.get_data(as_text=True))
    return None


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_page_speaks_the_language_chosen(app, db, demo, world, persona):  # noqa: F811
    variants, uploads = _objects(world)
    base = {**_url_args(app, db, demo), **_api_args(app, db, demo)}
    urls = _urls(app, base, variants)
    codes = frozenset(recorded_actions(db))
    people = frozenset(db.execute(select(User.username)).scalars())
    # names and subjects are data: they stay Vietnamese in English pages
    data = tuple(db.execute(select(Unit.name)).scalars()) + tuple(db.execute(select(Document.subject)).scalars()) \
        + tuple(db.execute(select(User.full_name)).scalars()) + tuple(db.execute(select(User.title)).scalars())
    faults: list[str] = []
    for locale, check in (("vi", vietnamese_faults), ("en", english_faults)):
        client = _login(app, persona, locale)
        pages = list(urls)
        if persona == "snnmt.auditor":  # the auditor's reports of uploads (bound to who uploaded them)
            for pdf in uploads:
                token = csrf_token(client, "/audit/verify")
                response = client.post("/audit/verify", data={"csrf_token": token, "pdf": (io.BytesIO(pdf), "cv.pdf")},
                                       content_type="multipart/form-data")
                assert response.status_code == 302, response.status_code
                pages.append(("audit.upload_report", response.headers["Location"]))
        for endpoint, url in pages:
            response = client.get(url)
            try:
                text = _readable(response)
            except AssertionError as err:
                faults.append(f"[{locale}] {url} ({endpoint}): {err}")
                continue
            if text is None or response.status_code in (301, 302, 303):
                continue
            found = check(text, codes=codes, people=people, data=data)
            faults.extend(f"[{locale}] {url} ({endpoint}): {f}" for f in found)
        # a page nobody may see, and one that does not exist: the error pages speak too
        for url in ("/documents/999999", "/no-such-page"):
            response = client.get(url)
            text = _readable(response)
            if text and response.status_code not in (301, 302, 303):
                faults.extend(f"[{locale}] {url}: {f}" for f in check(text, codes=codes, people=people, data=data))
    assert not faults, f"{len(faults)} language faults as {persona}:\n" + "\n".join(sorted(set(faults)))
