"""The unit of work (docflow.uow): services commit or roll back their own transaction; what a
failure must leave behind (a wrong-PIN counter, a failed login) is kept in a unit of work of
its own; pages and API handlers never commit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from docflow import audit
from docflow.accounts import service as accounts
from docflow.accounts.errors import ValidationFailed
from docflow.messages import DomainError
from docflow.models import AuditEvent, Certificate, Role, User
from docflow.uow import UnitOfWork, record_failure, transactional
from tests.api.conftest import api_tokens, as_user  # noqa: F401 - the fixtures, shared
from tests.api.helpers import act, create_draft
from tests.conftest import DEMO_PIN
from tests.workflow.conftest import world  # noqa: F401 - the fixture, shared

ROOT = Path(__file__).resolve().parents[1] / "docflow"
# every page and API module (edXML's API is api/edxml.py, the webhook pages web/webhooks.py)
ENTRY_POINTS = [*sorted((ROOT / "web").glob("*.py")), *sorted((ROOT / "api").glob("*.py"))]


def _events(app, action: str) -> int:
    """Count committed audit events, in a session of its own (what another request sees)."""
    with app.extensions["docflow.sessionmaker"]() as fresh:
        return fresh.execute(select(func.count()).select_from(AuditEvent)
                             .where(AuditEvent.action == action)).scalar_one()


@transactional
def _write_then_fail(session, action: str) -> None:
    audit.record(session, action)
    session.flush()
    raise DomainError("refused")


@transactional
def _write(session, action: str) -> None:
    audit.record(session, action)


@transactional
def _outer(session, fail: bool) -> None:
    _write(session, "test.inner")  # joins this transaction: not committed on its own
    if fail:
        raise DomainError("refused")


@transactional
def _count_then_fail(session) -> None:
    audit.record(session, "test.action")  # the failed action's own change: dropped
    record_failure(session, lambda s: audit.record(s, "test.failure"))
    raise DomainError("refused")


def test_entry_points_never_commit():
    assert len(ENTRY_POINTS) > 20
    offenders = [f"{path.relative_to(ROOT.parent)}:{n}" for path in ENTRY_POINTS
                 for n, line in enumerate(path.read_text().splitlines(), 1) if re.search(r"\.commit\(", line)]
    assert offenders == []


def test_a_service_commits_when_it_returns_and_rolls_everything_back_when_it_raises(app, db, demo):
    _write(db, "test.ok")
    assert _events(app, "test.ok") == 1  # committed by the service, not by the caller
    with pytest.raises(DomainError):
        _write_then_fail(UnitOfWork.of(db), "test.failed")
    assert _events(app, "test.failed") == 0
    assert db.execute(select(func.count()).select_from(AuditEvent)
                      .where(AuditEvent.action == "test.failed")).scalar_one() == 0  # not pending either


def test_nested_services_are_one_transaction(app, db, demo):
    with pytest.raises(DomainError):
        _outer(db, fail=True)
    assert _events(app, "test.inner") == 0  # the inner call's work went with the outer failure
    _outer(db, fail=False)
    assert _events(app, "test.inner") == 1


def test_what_a_failure_must_leave_behind_survives_the_rollback(app, db, demo):
    with pytest.raises(DomainError):
        _count_then_fail(db)
    assert _events(app, "test.failure") == 1
    assert _events(app, "test.action") == 0


def test_two_services_in_one_unit_of_work_are_both_or_neither(app, db, demo):
    user = demo["snnmt.staff"]
    uow = UnitOfWork.of(db)
    with pytest.raises(ValidationFailed), uow:
        accounts.update_user(uow, user, full_name="Tên mới", title="", email=None, unit=user.unit, actor=None)
        accounts.set_roles(uow, user, [], actor=None)  # refused: a user needs a role
    with app.extensions["docflow.sessionmaker"]() as fresh:
        assert fresh.get(User, user.id).full_name != "Tên mới"


def test_a_failed_login_is_counted_through_the_page(app, browser, demo):
    assert browser.login("snnmt.staff", "not-the-password").status_code == 401
    with app.extensions["docflow.sessionmaker"]() as fresh:
        assert fresh.get(User, demo["snnmt.staff"].id).failed_logins == 1
    assert _events(app, "login") == 1


def _leader_certificate(app, w) -> Certificate:
    with app.extensions["docflow.sessionmaker"]() as fresh:
        return fresh.execute(select(Certificate).where(Certificate.user_id == w.user("snnmt.leader").id,
                                                       Certificate.status == "active")).scalar_one()


def test_a_wrong_pin_is_counted_through_the_page_and_the_document_is_unchanged(app, world, as_user,  # noqa: F811
                                                                               make_browser):
    staff = as_user("snnmt.staff")
    doc = act(staff, create_draft(staff, reviewer=None), "submit")
    leader = make_browser()
    assert leader.login("snnmt.leader").status_code == 302
    page = leader.post(f"/documents/{doc['id']}/sign", {"revision": doc["revision"], "pin": "999999",
                                                         "page": "1", "box": "330,150,540,320"},
                       form_page=f"/documents/{doc['id']}", headers={"Accept": "application/json"})
    assert page.status_code == 403 and page.get_json()["code"] == "WrongCertificatePin"
    assert _leader_certificate(app, world).pin_failures == 1
    cert_id = _leader_certificate(app, world).id
    again = leader.post(f"/certificates/{cert_id}/pin", {f"pin{cert_id}-old_pin": "999999",
                                                         f"pin{cert_id}-new_pin": "Moi-864209"},
                        form_page="/certificates")
    assert again.status_code == 400
    assert _leader_certificate(app, world).pin_failures == 2  # the PIN change page counts too
    after = as_user("snnmt.leader").get(f"/api/v1/documents/{doc['id']}").get_json()
    assert after["status"] == "awaiting_signature" and after["revision"] == doc["revision"]
    assert len(after["files"][0]["versions"]) == 1  # nothing signed


def test_a_wrong_pin_is_counted_through_the_api_and_a_right_one_resets_it(app, world, as_user):  # noqa: F811
    staff, leader = as_user("snnmt.staff"), as_user("snnmt.leader")
    doc = act(staff, create_draft(staff, reviewer=None), "submit")
    wrong = leader.post(f"/api/v1/documents/{doc['id']}/sign", json={"revision": doc["revision"], "pin": "999999"})
    assert wrong.status_code == 403
    assert _leader_certificate(app, world).pin_failures == 1
    signed = act(leader, doc, "sign", pin=DEMO_PIN, box=[300, 150, 540, 320], page=1)
    assert signed["status"] == "signed"
    assert _leader_certificate(app, world).pin_failures == 0


def test_a_locked_key_is_recorded_even_though_the_action_fails(app, world, as_user):  # noqa: F811
    staff, leader = as_user("snnmt.staff"), as_user("snnmt.leader")
    doc = act(staff, create_draft(staff, reviewer=None), "submit")
    max_failures = app.config["DOCFLOW"].pin_max_failures
    for _ in range(max_failures):
        leader.post(f"/api/v1/documents/{doc['id']}/sign", json={"revision": doc["revision"], "pin": "999999"})
    cert = _leader_certificate(app, world)
    assert cert.locked and cert.pin_failures == max_failures
    locked = leader.post(f"/api/v1/documents/{doc['id']}/sign", json={"revision": doc["revision"], "pin": DEMO_PIN})
    assert locked.status_code == 423
    with app.extensions["docflow.sessionmaker"]() as fresh:
        denied = fresh.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "certificate.use", AuditEvent.result == "denied")).scalar_one()
    assert denied == 1


def test_roles_are_untouched_by_a_refused_role_change(app, db, demo):
    user = demo["snnmt.staff"]
    with pytest.raises(ValidationFailed):
        accounts.set_roles(db, user, [], actor=None)
    with app.extensions["docflow.sessionmaker"]() as fresh:
        assert fresh.get(User, user.id).has_role(Role.STAFF)
