"""The forced first-login password change, enforced on the server over every route of the URL
map (issue 14). Before the fix a new or reset account worked with the password the
administrator had seen: every page answered 200 and every API call with its token worked."""

from __future__ import annotations

import pytest
from flask import url_for

from docflow.models import User
from docflow.web.auth import OPEN_BEFORE_PASSWORD_CHANGE
from tests.conftest import DEMO_PASSWORD, csrf_token
from tests.test_authorization import ALLOW, RULES, _api_args, _api_request, _api_tokens, _endpoints, _url_args


def _routes(app):
    """Every route of the URL map that belongs to a logged-in person (public ones excluded)."""
    for endpoint, (path, _methods) in sorted(_endpoints(app).items()):
        rule = RULES[endpoint]  # tests/test_authorization.py fails for a route without a rule
        if rule.who("anonymous") == ALLOW or endpoint in OPEN_BEFORE_PASSWORD_CHANGE:
            continue
        yield endpoint, path, rule


@pytest.fixture
def handed_over(app, demo, db):
    """snnmt.staff as an administrator's reset leaves it: a password someone else knows."""
    args = {**_url_args(app, db, demo), **_api_args(app, db, demo)}
    token = _api_tokens(db, demo)["snnmt.staff"]  # made by its owner earlier: valid, but not now
    staff = db.get(User, demo["snnmt.staff"].id)
    staff.must_change_password = True
    db.commit()
    return args, token


def test_every_page_and_api_call_waits_for_the_password_change(app, handed_over):
    args, token = handed_over
    client = app.test_client()
    login = client.post("/login", data={"username": "snnmt.staff", "password": DEMO_PASSWORD,
                                        "csrf_token": csrf_token(client)})
    assert login.status_code == 302 and login.headers["Location"].startswith("/account/password")
    form_token = csrf_token(client, "/account/password")
    failures, checked = [], 0
    for endpoint, path, rule in _routes(app):
        with app.test_request_context():
            needed = {k: v for k, v in {**args, **dict(rule.data)}.items() if f"<{k}>" in path or f":{k}>" in path}
            url = url_for(endpoint, **needed)
        if rule.api:
            response = _api_request(app.test_client(), url, rule, token)
            body = response.get_json(silent=True) or {}
            if response.status_code != 403 or body.get("error", {}).get("code") != "password_change_required":
                failures.append(f"{endpoint} {url}: {response.status_code} {body}")
        else:
            if rule.method == "GET":
                response = client.get(url)
            else:
                response = client.post(url, data={**dict(rule.data), "csrf_token": form_token})
            location = response.headers.get("Location", "")
            if response.status_code != 302 or not location.startswith("/account/password"):
                failures.append(f"{endpoint} {url}: {response.status_code} {location}")
        checked += 1
    assert checked > 100, checked  # the URL map, not a hand-picked list
    assert not failures, "\n".join(failures)

    # once the holder chose their own password everything opens again, back where they were going
    changed = client.post("/account/password?next=/desk", data={
        "current_password": DEMO_PASSWORD, "new_password": "Own-choice-2026", "confirm": "Own-choice-2026",
        "csrf_token": form_token})
    assert changed.status_code == 302 and changed.headers["Location"] == "/desk"
    assert client.get("/desk").status_code == 200
    assert _api_request(app.test_client(), "/api/v1/me", RULES["api_directory.whoami"], token).status_code == 200
