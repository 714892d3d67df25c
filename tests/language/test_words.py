"""What the auditor reads: the audit trail and the verification report in administrative
Vietnamese (English available), signatures named by their signer, never by code."""

from __future__ import annotations

import io
import re
from pathlib import Path

from docflow.audit.describe import ACTION_TEXT
from tests.conftest import csrf_token
from tests.workflow.conftest import world  # noqa: F401  (the fixture)
from tests.workflow.helpers import alter_after_signing, issued_document

from .text import visible_text

ROOT = Path(__file__).resolve().parents[2]


def test_every_recorded_action_has_words():
    """An action a service records (audit.record(session, "x.y", ...)) is named in words on the
    auditor's page: a new action without an entry in docflow/audit/describe.py fails here."""
    found = set()
    for path in (ROOT / "docflow").rglob("*.py"):
        found.update(re.findall(r"""record(?:_action)?\(\s*\w+(?:\(\))?,\s*["']([a-z_]+(?:\.[a-z_]+)*)["']""",
                                path.read_text()))
        found.update(re.findall(r"""_audit\([^"']*["']([a-z_]+\.[a-z_]+)["']""", path.read_text()))
    assert found, "the scan found no audit actions"
    missing = sorted(found - set(ACTION_TEXT))
    assert not missing, f"audit actions without words in docflow/audit/describe.py ACTION_TEXT: {missing}"


def _client(app, username: str, locale: str = "vi"):
    client = app.test_client()
    client.post("/login", data={"username": username, "password": "Demo-pass-2026", "csrf_token": csrf_token(client)})
    with client.session_transaction() as session:
        session["locale"] = locale
    return client


def test_trail_says_who_did_what_to_which_document(app, world):  # noqa: F811
    doc = issued_document(world, to=("UBNDXNH",))
    text = visible_text(_client(app, "snnmt.auditor").get("/audit/trail").get_data(as_text=True))
    # the object is named as it is today: its number and notation, and its subject
    assert f"Nguyễn Văn Nghĩa\nKý số văn bản\n{doc.notation} «V/v rà soát hồ sơ giao đất»" in text
    assert f"Phạm Thị Thu Hà\nCấp số, ký số cơ quan\n{doc.notation} «V/v rà soát hồ sơ giao đất»" in text
    assert f"Phát hành văn bản\n{doc.notation} «V/v rà soát hồ sơ giao đất»" in text
    assert "document.sign" not in text and "document " not in text
    english = visible_text(_client(app, "snnmt.auditor", "en").get("/audit/trail").get_data(as_text=True))
    assert "Signed the document" in english and "Dispatched the document" in english


def test_report_names_signatures_by_signer_and_changes_in_words(app, world):  # noqa: F811
    doc = issued_document(world, to=("UBNDXNH",))
    genuine = world.ctx().blobs.get(doc.main_file.current.sha256)
    client = _client(app, "snnmt.auditor")
    token = csrf_token(client, "/audit/verify")
    response = client.post("/audit/verify", data={"csrf_token": token, "pdf": (io.BytesIO(alter_after_signing(genuine)),
                                                                               "cv.pdf")},
                           content_type="multipart/form-data")
    text = visible_text(client.get(response.headers["Location"]).get_data(as_text=True))
    assert "1. Chữ ký của Nguyễn Văn Nghĩa (Phó Giám đốc)" in text
    assert "2. Chữ ký số của cơ quan Sở Nông nghiệp và Môi trường" in text
    assert "nội dung trang 1 bị thay thế" in text
    assert "Bị thay đổi sau khi ký theo cách không được phép: nội dung trang 1 bị thay thế" in text
    assert "Sig_" not in text and "TOTAL_" not in text and "FORMAT_FAILURE" not in text



def test_trail_links_objects_and_shortens_hashes_for_any_width(app, world):  # noqa: F811
    import html as html_lib

    from docflow.models import Certificate

    doc = issued_document(world, to=("UBNDXNH",))
    page = _client(app, "snnmt.auditor").get("/audit/trail").get_data(as_text=True)
    # the object is a link to its page, named by notation and subject
    assert re.search(rf'<a href="/documents/{doc.id}">{re.escape(html_lib.escape(doc.notation))} «V/v rà soát', page)
    # a certificate's serial: shortened on the page, the whole value kept for hover and copy
    serial = world.db.query(Certificate).filter(Certificate.subject_cn == "Nguyễn Văn Nghĩa").first().serial
    assert f'<code class="hash" title="{serial}" tabindex="0">{serial}</code>' in page
    assert "chứng thư số của Nguyễn Văn Nghĩa, số hiệu" in visible_text(page)
    assert serial not in re.sub(r'<code class="hash"[^>]*>[^<]*</code>', "", page)  # only ever shortened
    # every cell names its column, for the one-card-per-event layout at phone width
    cells = re.findall(r"<td( [^>]*)?>", page.split('<table class="trail">', 1)[1].split("</table>", 1)[0])
    assert cells and all('data-label="' in (c or "") for c in cells[:-1] or cells)
    css = (ROOT / "docflow" / "static" / "app.css").read_text()
    assert ".trail td[data-label]::before { content:attr(data-label)" in css and ".hash {" in css


def test_trail_csv_carries_the_words_beside_the_recorded_codes(app, world):  # noqa: F811
    import csv
    import io as io_

    doc = issued_document(world, to=("UBNDXNH",))
    data = _client(app, "snnmt.auditor").get("/audit/trail.csv").get_data(as_text=True).lstrip("\ufeff")
    rows = list(csv.DictReader(io_.StringIO(data)))
    signed = next(r for r in rows if r["action"] == "document.sign")
    assert signed["action_words"] == "Ký số văn bản" and signed["object_id"] == str(doc.id)
    assert signed["object_words"] == f"{doc.notation} «V/v rà soát hồ sơ giao đất»"
    english = _client(app, "snnmt.auditor", "en").get("/audit/trail.csv").get_data(as_text=True)
    assert "Signed the document" in english
