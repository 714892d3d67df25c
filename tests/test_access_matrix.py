"""docs/access-matrix.md is generated from the declaration the server uses, and that declaration
agrees with the hand-made expectations of tests/test_authorization.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from docflow.web.guards import required_of
from docflow.web.matrix import access_matrix

from .test_authorization import ALLOW, PERSONAS, RULES, endpoint_of

MATRIX = Path(__file__).resolve().parent.parent / "docs" / "access-matrix.md"


def test_the_committed_matrix_is_the_generated_one(app):
    generated = access_matrix(app)
    if os.environ.get("DOCFLOW_UPDATE_MATRIX") == "1":
        MATRIX.write_text(generated, encoding="utf-8")
    assert MATRIX.read_text(encoding="utf-8") == generated, (
        "docs/access-matrix.md is out of date: DOCFLOW_UPDATE_MATRIX=1 pytest tests/test_access_matrix.py")


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p.startswith("snnmt.")])
def test_declared_guards_are_what_the_hand_made_matrix_expects(app, demo, persona):
    """For the agency's own people, a guarded page is refused to every role not declared for it:
    a capability given to one role too many fails here, against the expectations written by
    hand, and shows in the matrix."""
    user = demo[persona]
    guarded = 0
    for key, rule in RULES.items():
        endpoint = endpoint_of(key)
        view = app.view_functions.get(endpoint)
        _capability, roles = required_of(view) if view else (None, None)
        if roles is None:
            continue
        guarded += 1
        # holding the role is necessary, not always enough: a view may narrow further (the
        # operator's administrators only, the person's own upload)
        if not user.has_role(*roles):
            assert rule.who(persona) != ALLOW, f"{endpoint}: {persona} lacks {sorted(roles)} but is allowed"
    assert guarded > 20
