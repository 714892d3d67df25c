"""The home page of each role: what waits for this user."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user, login_required

from ..app import get_session
from ..models import Role, Unit

bp = Blueprint("home", __name__)

# Order of the role panels on the home page: the work that waits comes first.
ROLE_ORDER = [Role.LEADER, Role.REVIEWER, Role.CLERK, Role.STAFF, Role.AUDITOR, Role.ADMIN]


@bp.route("/")
def index():
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login"))
    return redirect(url_for("home.desk"))


@bp.route("/desk")
@login_required
def desk():
    db = get_session()
    agency = db.get(Unit, current_user.agency_id)
    unit = db.get(Unit, current_user.unit_id)
    roles = [r for r in ROLE_ORDER if r in current_user.roles]
    return render_template("home/desk.html", agency=agency, unit=unit, roles=roles)
