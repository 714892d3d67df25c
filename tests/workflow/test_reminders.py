"""Deadline reminders: the people handling an incoming document are notified the day before
it is due and every day it is overdue, once a day each; finished work is left alone."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from docflow.models import Delivery, Notification
from docflow.workflow import incoming
from docflow.workflow.reminders import DUE_TOMORROW, OVERDUE, send_deadline_reminders
from tests.workflow.helpers import issued_document


def _assigned(w, subject: str, deadline: dt.date, handler: str | None) -> Delivery:
    doc = issued_document(w, to=("SNNMT",), staff="stc.staff", leader="stc.leader", clerk="stc.clerk",
                          subject=subject)
    db, ctx = w.db, w.ctx()
    delivery = db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    incoming.register(db, ctx, w.user("snnmt.clerk"), delivery, delivery.revision)
    incoming.assign(db, ctx, w.user("snnmt.leader"), delivery, delivery.revision,
                    lead_unit_id=w.unit("Phòng Quản lý đất đai", "SNNMT").id, deadline=deadline,
                    handler_id=w.user(handler).id if handler else None)
    db.commit()
    return delivery


def _who(db, msgid: str) -> dict[int, list[int]]:
    db.commit()
    rows = db.execute(select(Notification.delivery_id, Notification.user_id).where(Notification.msgid == msgid)
                      .order_by(Notification.delivery_id, Notification.user_id)).all()
    out: dict[int, list[int]] = {}
    for delivery_id, user_id in rows:
        out.setdefault(delivery_id, []).append(user_id)
    return out


def test_due_tomorrow_and_overdue_are_reminded_once_a_day(world, make_browser):
    w, db = world, world.db
    w.clock.set_local(2026, 12, 7, 8, 0)
    soon = _assigned(w, "V/v báo cáo số liệu quý IV", dt.date(2026, 12, 8), "snnmt.staff")
    late = _assigned(w, "V/v rà soát hồ sơ đất công", dt.date(2026, 12, 7), None)
    done = _assigned(w, "V/v đã xử lý xong", dt.date(2026, 12, 7), "snnmt.staff")
    incoming.complete(db, w.ctx(), w.user("snnmt.staff"), done, done.revision, "Đã báo cáo.")
    db.commit()

    w.clock.set_local(2026, 12, 7, 17, 0)  # the evening before: one is due tomorrow, none late yet
    first = send_deadline_reminders(db, w.ctx())
    db.commit()
    assert (first.due_tomorrow, first.overdue) == (3, 0)  # soon's handler; late's lead unit (2 people)
    due = _who(db, DUE_TOMORROW)
    assert due[soon.id] == [w.user("snnmt.staff").id]
    assert set(due[late.id]) == {w.user("snnmt.staff").id, w.user("snnmt.reviewer").id}
    assert done.id not in due
    again = send_deadline_reminders(db, w.ctx())  # the same day: nothing new
    assert (again.due_tomorrow, again.overdue) == (0, 0)

    w.clock.set_local(2026, 12, 9, 7, 30)  # two days later both are overdue
    later = send_deadline_reminders(db, w.ctx())
    db.commit()
    assert (later.due_tomorrow, later.overdue) == (0, 3)
    overdue = _who(db, OVERDUE)
    assert overdue[soon.id] == [w.user("snnmt.staff").id] and done.id not in overdue
    assert send_deadline_reminders(db, w.ctx()).overdue == 0
    db.commit()
    w.clock.set_local(2026, 12, 10, 7, 30)  # and again the next day, while still open
    assert send_deadline_reminders(db, w.ctx()).overdue == 3
    db.commit()

    # the person reads it in words, in Vietnamese
    staff = make_browser()
    assert staff.login("snnmt.staff").status_code == 302
    page = staff.get("/notifications").get_data(as_text=True)
    assert "Quá hạn (hạn xử lý 08/12/2026): V/v báo cáo số liệu quý IV" in page
    assert "Đến hạn ngày mai (08/12/2026): V/v báo cáo số liệu quý IV" in page
    assert db.execute(select(func.count()).select_from(Notification).where(
        Notification.msgid.in_([DUE_TOMORROW, OVERDUE]), Notification.delivery_id == done.id)).scalar() == 0


def test_the_remind_command(world):
    """``docflow remind`` runs on the real clock and says what it sent."""
    from docflow.workflow.context import VN_TZ

    w = world
    w.clock.now = dt.datetime.now(dt.UTC)
    _assigned(w, "V/v báo cáo số liệu", dt.datetime.now(VN_TZ).date() + dt.timedelta(days=1), "snnmt.staff")
    result = w.app.test_cli_runner().invoke(args=["remind"], catch_exceptions=False)
    assert result.exit_code == 0 and result.output.strip() == "1 due tomorrow, 0 overdue"
    result = w.app.test_cli_runner().invoke(args=["remind"], catch_exceptions=False)
    assert result.output.strip() == "0 due tomorrow, 0 overdue"
