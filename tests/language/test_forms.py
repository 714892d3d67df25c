"""Form validation speaks the interface language: a form sent empty or wrong answers in
Vietnamese (WTForms' own messages included), in English when English is chosen."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from docflow.models import Unit
from tests.conftest import csrf_token

from .text import english_faults, vietnamese_faults, visible_text

FORMS = [  # (who, form page, what is sent)
    ("snnmt.staff", "/documents/new", {"subject": "", "signer_id": "x"}),
    ("snnmt.admin", "/admin/units/new", {"name": "", "org_type": "nonsense", "parent_id": "x", "code": "x" * 40}),
    ("snnmt.admin", "/admin/users/new", {"username": "", "full_name": "", "email": "x" * 300, "unit_id": "x"}),
    ("snnmt.staff", "/account/password", {"current_password": "", "new_password": "short"}),
]


@pytest.mark.parametrize("locale", ["vi", "en"])
@pytest.mark.parametrize(("who", "page", "data"), FORMS)
def test_a_bad_form_is_answered_in_the_chosen_language(app, db, demo, who, page, data, locale):
    client = app.test_client()
    client.post("/login", data={"username": who, "password": "Demo-pass-2026", "csrf_token": csrf_token(client)})
    with client.session_transaction() as session:
        session["locale"] = locale
    response = client.post(page, data={**data, "csrf_token": csrf_token(client, page)})
    assert response.status_code in (200, 400, 422), response.status_code
    text = visible_text(response.get_data(as_text=True))
    names = tuple(db.execute(select(Unit.name)).scalars())  # data: Vietnamese in both languages
    faults = vietnamese_faults(text) if locale == "vi" else english_faults(text, data=names)
    assert not faults, "\n".join(faults)


def test_login_errors_in_vietnamese(app, demo):
    client = app.test_client()
    response = client.post("/login", data={"username": "", "password": "", "csrf_token": csrf_token(client)})
    text = visible_text(response.get_data(as_text=True))
    assert not vietnamese_faults(text), vietnamese_faults(text)
