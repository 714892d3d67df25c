"""The desk: what waits for this user, per role, sorted by urgency and deadline."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user, login_required

from ..app import get_session
from ..models import Role, Unit, User
from ..workflow import queries
from ..workflow.context import VN_TZ
from ..workflow.notify import unread_count

bp = Blueprint("home", __name__)

# Panels in the order work is done: what needs a signature first.
PANELS = [
    ("sign", Role.LEADER), ("direct", Role.LEADER), ("review", Role.REVIEWER), ("issue", Role.CLERK),
    ("receive", Role.CLERK), ("drafts", Role.STAFF), ("handle", None),
]


@bp.route("/")
def index():
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login"))
    return redirect(url_for("home.desk"))


@bp.route("/desk")
@login_required
def desk():
    db = get_session()
    me = db.get(User, current_user.id)
    agency = db.get(Unit, me.agency_id)
    unit = db.get(Unit, me.unit_id)
    today = dt.datetime.now(VN_TZ).date()
    lists = queries.desk(db, me, today)
    panels = [(key, lists[key]) for key, role in PANELS if key in lists and (role is None or me.has_role(role))]
    return render_template("home/desk.html", agency=agency, unit=unit, panels=panels, unread=unread_count(db, me.id),
                           roles=me.roles)
