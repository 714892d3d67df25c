"""Registers (outgoing, incoming, tracking), on-time statistics and notifications."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from .. import access
from ..models import Notification, Unit, User
from ..workflow import exports, notify, queries
from ..workflow.context import VN_TZ
from .forms import EmptyForm
from .params import int_arg
from .requestdb import current_person, get_session, get_uow
from .svg import bar_chart

bp = Blueprint("registers", __name__)

_MIMES = {"csv": "text/csv; charset=utf-8",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "pdf": "application/pdf"}


def _today() -> dt.date:
    return dt.datetime.now(VN_TZ).date()


@bp.route("/registers/<kind>")
@login_required
def register(kind: str):
    if kind not in exports.COLUMNS:
        abort(404)
    if not access.can(current_user, access.Capability.READ_REGISTERS):
        abort(403)
    db = get_session()
    me = current_person(db)
    year = int_arg("year", _today().year, lo=1, hi=9999)
    unit_id = int_arg("unit") or None
    units = db.execute(select(Unit).where(Unit.agency_id == me.agency_id).order_by(Unit.name)).scalars().all()
    if unit_id and unit_id not in {u.id for u in units}:
        abort(404)
    fmt = request.args.get("format")
    agency = db.get(Unit, me.agency_id)
    heading = f"{exports.TITLES[kind]} — NĂM {year}"
    if fmt in _MIMES and agency is not None:  # an export is the whole year, of the reader's agency
        rows = queries.register_rows(db, me, kind, year, _today(), unit_id)
        data = {"csv": lambda: exports.to_csv(kind, rows),
                "xlsx": lambda: exports.to_xlsx(kind, rows, heading=heading),
                "pdf": lambda: exports.to_pdf(kind, rows, heading=heading, agency=agency.name,
                                               parent=queries.parent_agency(db, agency))}[fmt]()
        return Response(data, mimetype=_MIMES[fmt], headers={
            "Content-Disposition": f'attachment; filename="so-{kind}-{agency.code}-{year}.{fmt}"'})
    from_number = int_arg("from")
    page = queries.register_page(db, me, kind, year, _today(), unit_id, cursor=request.args.get("cursor") or None,
                                 from_number=from_number if from_number and from_number > 0 else None)
    return render_template("registers/register.html", kind=kind, rows=page.items, page=page,
                           columns=exports.COLUMNS[kind], year=year, unit_id=unit_id, units=units, heading=heading,
                           from_number=from_number)


@bp.route("/stats")
@login_required
def stats():
    if not access.can(current_user, access.Capability.READ_STATISTICS):
        abort(403)
    db = get_session()
    me = db.get(User, current_user.id)
    year = int_arg("year", _today().year, lo=1, hi=9999)
    per_month = queries.on_time_stats(db, me.agency_id, _today(), year=year, by_month=True)
    per_unit = queries.per_unit(per_month)
    months: dict[str, list[int]] = {}
    for row in per_month:
        b = months.setdefault(row.month or "", [0, 0])
        b[0] += row.completed_on_time
        b[1] += row.completed_late
    chart = bar_chart([(m, (v[0] / (v[0] + v[1]) * 100) if v[0] + v[1] else 0.0) for m, v in sorted(months.items())])
    totals = [sum(getattr(r, f) for r in per_unit)
              for f in ("completed_on_time", "completed_late", "open", "overdue", "due_soon")]
    return render_template("registers/stats.html", per_unit=per_unit, chart=chart, totals=totals, year=year)


@bp.route("/notifications")
@login_required
def notifications():
    db = get_session()
    rows = db.execute(select(Notification).where(Notification.user_id == current_user.id)
                      .order_by(Notification.id.desc()).limit(100)).scalars().all()
    return render_template("registers/notifications.html", rows=rows, form=EmptyForm())


@bp.route("/notifications/read", methods=["POST"])
@login_required
def notifications_read():
    if not EmptyForm().validate_on_submit():
        abort(400)
    notify.mark_all_read(get_uow(), current_user.id)
    return redirect(url_for("registers.notifications"))
