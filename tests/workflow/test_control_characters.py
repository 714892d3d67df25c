"""A NUL (or another control character) in a draft's text is refused with a clear message
and nothing is stored (it reached PostgreSQL and became a 500; a fuzz test hit it now and then)."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import func, select

from docflow.models import Document
from tests.api.conftest import api_tokens, as_user  # noqa: F401 - the fixtures, shared
from tests.api.helpers import agency_id, pdf, user_id
from tests.workflow.conftest import world  # noqa: F401 - the fixture, shared


@pytest.mark.parametrize(("field", "text"), [("subject", "V/v báo cáo\x00kinh phí"), ("subject", "\x1b[31mđỏ"),
                                             ("authority_line", "KT. GIÁM ĐỐC\x00")])
def test_control_characters_in_a_draft_are_refused_in_vietnamese(world, as_user, field, text):  # noqa: F811
    staff = as_user("snnmt.staff")
    form = {"doc_type": "CV", "subject": "V/v rà soát", "signer_id": str(user_id(staff, "snnmt.leader")),
            "recipients": [str(agency_id(staff, "UBNDXNH"))], "authority_line": "KT. GIÁM ĐỐC",
            "main_pdf": (io.BytesIO(pdf()), "cong-van.pdf", "application/pdf"), field: text}
    response = staff.post("/api/v1/documents", data=form, json=None, content_type="multipart/form-data")
    assert response.status_code == 400, response.get_data(as_text=True)[:500]
    error = response.get_json()["error"]
    assert error["field"] == field and "ký tự điều khiển" in error["message"]
    world.db.rollback()
    assert world.db.execute(select(func.count()).select_from(Document)).scalar_one() == 0


def test_tabs_and_new_lines_stay_allowed(world, as_user):  # noqa: F811
    staff = as_user("snnmt.staff")
    form = {"doc_type": "CV", "subject": "V/v rà soát\thồ sơ\r\ngiao đất",
            "signer_id": str(user_id(staff, "snnmt.leader")), "recipients": [str(agency_id(staff, "UBNDXNH"))],
            "main_pdf": (io.BytesIO(pdf()), "cong-van.pdf", "application/pdf")}
    response = staff.post("/api/v1/documents", data=form, json=None, content_type="multipart/form-data")
    assert response.status_code == 201, response.get_data(as_text=True)[:500]
