"""Every response carrying document bytes (pages and API) is ``Cache-Control: no-store`` with a
safe ``Content-Disposition`` (issue 14). Before the fix the API's PDFs had no Cache-Control at
all and an uploaded file name reached the header as it was."""

from __future__ import annotations

import io
import re

from flask import url_for
from sqlalchemy import select

from docflow.models import Document
from docflow.web.downloads import DOCUMENT_TYPES, safe_disposition
from tests.conftest import DEMO_PASSWORD, csrf_token
from tests.support.pdfs import official_letter
from tests.test_authorization import RULES, _api_args, _api_request, _api_tokens, _endpoints, _url_args

PERSONAS = ("snnmt.leader", "snnmt.clerk", "snnmt.auditor", "snnmt.staff")
SAFE = re.compile(r"""^(attachment|inline); filename="[A-Za-z0-9._-]+"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$""")


def _check(response, where: str, failures: list[str]) -> bool:
    if response.status_code != 200 or response.mimetype not in DOCUMENT_TYPES:
        return False
    if response.headers.get("Cache-Control") != "no-store":
        failures.append(f"{where}: Cache-Control {response.headers.get('Cache-Control')!r}")
    disposition = response.headers.get("Content-Disposition", "")
    if not SAFE.match(disposition):
        failures.append(f"{where}: Content-Disposition {disposition!r}")
    return True


def test_every_document_response_is_no_store_with_a_safe_name(app, demo, db):
    args = {**_url_args(app, db, demo), **_api_args(app, db, demo)}
    tokens = _api_tokens(db, demo)
    clients = {}
    for persona in PERSONAS:
        client = app.test_client()
        client.post("/login", data={"username": persona, "password": DEMO_PASSWORD, "csrf_token": csrf_token(client)})
        clients[persona] = client
    failures: list[str] = []
    seen: set[str] = set()
    for endpoint, (path, _methods) in sorted(_endpoints(app).items()):
        rule = RULES[endpoint]
        if rule.method != "GET" or endpoint.startswith(("static", "pki_public.")):
            continue
        with app.test_request_context():
            needed = {k: v for k, v in args.items() if f"<{k}>" in path or f":{k}>" in path}
            url = url_for(endpoint, **needed)
        exports = [f"{url}?format={f}" for f in ("csv", "xlsx", "pdf")] if endpoint == "registers.register" else []
        urls = [url, *exports]
        for u in urls:
            for persona in PERSONAS:
                if rule.api:
                    response = _api_request(app.test_client(), u, rule, tokens[persona])
                else:
                    response = clients[persona].get(u)
                if _check(response, f"{persona} {u}", failures):
                    seen.add(endpoint)
    assert not failures, "\n".join(failures)
    assert len(seen) >= 8, sorted(seen)  # PDFs, page images, register exports, on the pages and the API


def test_a_hostile_file_name_never_reaches_the_header(app, demo, db, make_browser):
    staff = make_browser()
    staff.login("snnmt.staff")
    token = csrf_token(staff.client, "/documents/new")
    leader = demo["snnmt.leader"]
    response = staff.client.post("/documents/new", data={
        "csrf_token": token, "doc_type": "CV", "subject": "Tên tệp độc hại", "urgency": "normal",
        "confidentiality": "normal", "signer_id": str(leader.id), "reviewer_id": "0", "authority_line": "",
        "recipients": [str(demo["stc.admin"].agency_id)],
        "main_pdf": (io.BytesIO(official_letter()), 'cv.pdf'),
    }, content_type="multipart/form-data")
    assert response.status_code == 302, re.findall(r"class=\"error\"[^>]*>([^<]*)", response.get_data(as_text=True))
    db.commit()
    doc = db.execute(select(Document).order_by(Document.id.desc())).scalars().first()
    # a name as an edXML package or an API client may bring it (the multipart layer cannot carry it)
    doc.main_file.filename = 'Báo cáo "quý"\r\nX-Evil: 1; ..\\..\\a.pdf'
    db.commit()
    download = staff.get(f"/versions/{doc.main_file.current.id}/download")
    disposition = download.headers["Content-Disposition"]
    assert download.headers["Cache-Control"] == "no-store"
    assert SAFE.match(disposition), disposition
    assert "X-Evil" not in download.headers and "\r" not in disposition and "\\" not in disposition


def test_safe_disposition_keeps_the_vietnamese_name():
    value = safe_disposition('attachment; filename="15/QĐ-STNMT.pdf"', "x.pdf")
    assert value == "attachment; filename=\"15-QD-STNMT.pdf\"; filename*=UTF-8''15-Q%C4%90-STNMT.pdf"
    plain = safe_disposition(None, "so-outgoing-STNMT-2026.csv")
    assert plain == "attachment; filename=\"so-outgoing-STNMT-2026.csv\"; filename*=UTF-8''so-outgoing-STNMT-2026.csv"
