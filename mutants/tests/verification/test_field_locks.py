"""Issue 13 defect 6: FieldMDP and DocMDP as ISO 32000-2 §12.8.2 (and §12.7.5.5 /Lock) say.

Each "locked" case was TOTAL_PASSED on the code before issue 13 (run there once): the lock
was not read at all.
"""

from __future__ import annotations

import pytest

from docflow.verification import verify_pdf

from .corpus import endesive_sign, sign
from .forgeries import fill_field, locked_field, two_text_fields


@pytest.fixture(scope="module")
def form(world):
    return two_text_fields(world.letter)


def _signed_with_lock(world, form, action, fields=None, p=None):
    return sign(locked_field(form, "Sig1", action, fields, p), world.leader, "Sig1")


@pytest.mark.parametrize("action, fields, target, locked", [
    ("all", None, "amount", True),
    ("include", ["amount"], "amount", True),
    ("include", ["amount"], "date", False),
    ("exclude", ["amount"], "amount", False),
    ("exclude", ["amount"], "date", True),
])
def test_field_lock_actions_after_signing(world, form, action, fields, target, locked):
    signed = _signed_with_lock(world, form, action, fields)
    assert verify_pdf(signed, world.context()).verdict == "TOTAL_PASSED"
    report = verify_pdf(fill_field(signed, target, b"99"), world.context())
    sig = report.signatures[0]
    if locked:
        assert (sig.indication, sig.modifications_after) == ("TOTAL_FAILED", "DISALLOWED")
        assert any("locked by signature Sig1" in p for p in sig.problems), sig.problems
        bad = [c for c in sig.change_analysis if not c["allowed"]]
        assert bad and "khoá" in bad[0]["vi"]
    else:
        assert (sig.indication, sig.modifications_after) == ("TOTAL_PASSED", "ALLOWED")


def test_lock_applies_to_later_signatures_and_their_updates(world, form):
    """Sig1 locks 'amount'; Sig2 (approval) signs later; filling 'amount' after Sig2 breaks
    the lock of Sig1 — for Sig1 and for Sig2, whose revision is governed by it."""
    signed = _signed_with_lock(world, form, "include", ["amount"])
    second = sign(signed, world.clerk, "Sig2")
    assert verify_pdf(second, world.context()).verdict == "TOTAL_PASSED"
    report = verify_pdf(fill_field(second, "amount", b"99"), world.context())
    assert [s.indication for s in report.signatures] == ["TOTAL_FAILED", "TOTAL_FAILED"]


def test_lock_with_p1_forbids_a_later_signature(world, form):
    """/Lock /P 1 on an approval signature: "no changes after this signature"."""
    signed = _signed_with_lock(world, form, "all", None, p=1)
    assert verify_pdf(signed, world.context()).verdict == "TOTAL_PASSED"
    later = endesive_sign(signed, world.clerk, "Seal")  # pyHanko refuses to sign it
    report = verify_pdf(later, world.context())
    first = report.signatures[0]
    assert (first.indication, first.modifications_after) == ("TOTAL_FAILED", "DISALLOWED")


def test_lock_p2_still_allows_signing_unlocked_fields(world, form):
    signed = _signed_with_lock(world, form, "include", ["amount"], p=2)
    report = verify_pdf(sign(fill_field(signed, "date", b"03/12/2026"), world.clerk, "Seal"),
                        world.context())
    assert report.verdict == "TOTAL_PASSED", [s.problems for s in report.signatures]


def test_certification_p1_forbids_a_later_signature(world):
    from .cases import build

    sig = verify_pdf(build(world, "certified_p1_then_signed"), world.context()).signatures[0]
    assert sig.modifications_after == "DISALLOWED"
