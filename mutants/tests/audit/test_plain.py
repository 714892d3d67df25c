"""Plain words for every sub-indication and for the changes the engine names."""

from __future__ import annotations

import datetime as dt

import pytest

from docflow.verification import plain
from docflow.verification.report import SubIndication


@pytest.mark.parametrize("sub", [v for k, v in vars(SubIndication).items() if k.isupper()])
def test_every_subindication_has_its_own_sentence(sub):
    msg, params = plain.subindication_text("TOTAL_FAILED", sub)
    assert msg != plain._UNKNOWN_SUB and not params


def test_headline_by_verdict_and_subindication():
    def report(verdict, sub=None):
        return {"verdict": verdict, "signatures": [{"indication": verdict, "subindication": sub}]}

    assert plain.headline(report("TOTAL_PASSED")).label == "Signature valid"
    assert plain.headline(report("TOTAL_FAILED", "HASH_FAILURE")).label == "The document was altered after signing"
    assert plain.headline(report("TOTAL_FAILED", "SIG_CRYPTO_FAILURE")).label == "Signature invalid"
    head = plain.headline(report("INDETERMINATE", "TRY_LATER"))
    assert (head.tone, head.label) == ("warn", "Could not be determined") and "later" in head.reason
    assert plain.headline({"verdict": "NO_SIGNATURE_FOUND", "signatures": []}).tone == "none"
    assert plain.headline({"verdict": "TOTAL_FAILED", "signatures": []}).label == "The file cannot be verified"


@pytest.mark.parametrize(("text", "msgid", "params"), [
    ("page 1 content replaced", "page %(page)s content replaced", {"page": "1"}),
    ("annotation added on page 2 (FreeText)", "annotation added on page %(page)s (%(kind)s)",
     {"page": "2", "kind": "FreeText"}),
    ("form field 'amount' filled", "form field '%(name)s' filled", {"name": "amount"}),
    ("new signature field Sig2 signed", "signature added in field %(name)s", {"name": "Sig2"}),
    ("DSS added", "validation data (DSS) added", {}),
    ("something nobody expected", "%(text)s", {"text": "something nobody expected"}),
])
def test_changes_in_words(text, msgid, params):
    assert plain.change_in_words(text) == (msgid, params)


def test_times_are_shown_in_vietnam():
    assert plain.local(dt.datetime(2026, 11, 28, 23, 30, tzinfo=dt.UTC)) == "29/11/2026 06:30:00 (GMT+7)"
    assert plain.local(None) == ""


def test_signer_parts_from_the_subject():
    subject = "2.5.4.12=Phó Giám đốc,CN=Nguyễn Văn Nghĩa,O=Sở Nông nghiệp và Môi trường,C=VN"
    parts = plain.signer_parts({"common_name": "Nguyễn Văn Nghĩa", "subject": subject})
    assert parts == {"name": "Nguyễn Văn Nghĩa", "title": "Phó Giám đốc",
                     "organization": "Sở Nông nghiệp và Môi trường"}
