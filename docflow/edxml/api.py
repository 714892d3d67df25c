"""/api/v1/edxml: export and import packages and status messages over HTTP."""

from __future__ import annotations

from flask_smorest import Blueprint

from ..api.errors import install

bp = Blueprint("api_edxml", __name__, url_prefix="/api/v1/edxml",
               description="Inter-agency exchange in edXML (QCVN 102:2016) and status messages (Decision 28/2018)")
install(bp)
