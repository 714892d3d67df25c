"""The audit trail pages: list with filters, CSV export, the chain check before and after tampering."""

from __future__ import annotations

import csv
import io
import re

from sqlalchemy import text

from docflow import audit


def _events(db, demo, n: int = 3) -> None:
    actor = demo["snnmt.clerk"]
    for i in range(n):
        audit.record(db, "document.issue", actor=actor, object_type="document", object_id=100 + i,
                     details={"notation": f"{i + 1:02d}/QĐ-SNNMT"})
    audit.record(db, "document.sign", actor=demo["snnmt.leader"], result="denied", object_type="document",
                 object_id=7)
    audit.record(db, "document.issue", actor=demo["stc.clerk"], object_type="document", object_id=999)
    db.commit()


def test_trail_lists_the_agency_events_with_filters(auditor, demo, db):
    _events(db, demo)
    html = auditor.get("/audit/trail").get_data(as_text=True)
    # in words: what was done and to which document (its notation), never the action's code
    body = html.split("<tbody>")[1]
    assert re.search(r"<td[^>]*>Cấp số, ký số cơ quan</td>", body) and re.search(r"<td[^>]*>01/QĐ-SNNMT</td>", body)
    assert re.search(r"<td[^>]*>Ký số văn bản</td>", body)
    assert "document.sign" not in body and "document 100" not in body
    assert "999" not in body  # another agency's event is not listed
    denied = auditor.get("/audit/trail?result=denied").get_data(as_text=True).split("<tbody>")[1]
    assert "Ký số văn bản" in denied and "Bị từ chối" in denied and "Cấp số, ký số cơ quan" not in denied
    by_actor = auditor.get("/audit/trail?actor=" + demo["snnmt.leader"].full_name.split()[-1])
    assert "Cấp số, ký số cơ quan" not in by_actor.get_data(as_text=True).split("<tbody>")[1]
    future = auditor.get("/audit/trail?date_from=2999-01-01").get_data(as_text=True)
    assert "Cấp số, ký số cơ quan" not in future.split("<tbody>")[1]


def test_trail_csv_export(auditor, demo, db):
    _events(db, demo)
    response = auditor.get("/audit/trail.csv?action=document.issue")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0] == ["seq", "time", "actor", "action", "object_type", "object_id", "result", "ip", "details",
                       "hash", "action_words", "object_words"]
    assert all(r[10] == "Cấp số, ký số cơ quan" for r in rows[1:])  # the same words as the page
    assert [r[5] for r in rows[1:]] == ["100", "101", "102"]
    assert all(r[3] == "document.issue" and r[2] == demo["snnmt.clerk"].full_name for r in rows[1:])
    assert rows[1][1].endswith("+07:00")


def test_chain_check_reports_intact_then_the_break(auditor, demo, db):
    _events(db, demo)
    ok = auditor.post("/audit/trail/check", form_page="/audit/trail")
    html = ok.get_data(as_text=True)
    assert ok.status_code == 200 and "Chuỗi nhật ký nguyên vẹn" in html and "verdict-ok" in html

    seq = db.execute(text("SELECT min(seq) FROM audit_events WHERE action = 'document.sign'")).scalar_one()
    db.execute(text("UPDATE audit_events SET result = 'ok' WHERE seq = :seq"), {"seq": seq})
    db.commit()
    broken = auditor.post("/audit/trail/check", form_page="/audit/trail").get_data(as_text=True)
    assert f"Chuỗi nhật ký bị phá vỡ tại sự kiện {seq}." in broken and "verdict-bad" in broken


def test_trail_is_for_auditors_only(demo, make_browser):
    clerk = make_browser()
    clerk.login("snnmt.clerk")
    assert clerk.get("/audit/trail").status_code == 403
    assert clerk.get("/audit/trail.csv").status_code == 403


def test_trail_pages_by_sequence_with_filters_kept(auditor, demo, db):
    """120 issue events: the auditor walks three pages (newest first) with the filter kept in
    the links, and the action list offers every recorded action."""
    import re

    _events(db, demo, n=120)
    first = auditor.get("/audit/trail?action=document.issue").get_data(as_text=True)
    assert "120 " in first  # the count ("120 sự kiện")
    options = re.findall(r"<option[^>]*value=\"([^\"]*)\"", first)
    assert "document.sign" in options and "login" in options, options
    seen, html = [], first
    while True:
        seen += [int(n) for n in re.findall(r"<td[^>]*>(\d+)/QĐ-SNNMT</td>", html)]
        found = re.search(r'<a rel="next" href="([^"]+)"', html)
        if not found:
            break
        assert "action=document.issue" in found.group(1)
        html = auditor.get(found.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert seen == list(range(120, 0, -1))  # each event once, newest first
    damaged = auditor.get("/audit/trail?cursor=AAAA").get_data(as_text=True)
    assert "không còn hợp lệ" in damaged and re.search(r"<td[^>]*>120/QĐ-SNNMT</td>", damaged)
