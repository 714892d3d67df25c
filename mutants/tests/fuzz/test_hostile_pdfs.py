"""PDFs built to exhaust memory or time end in a clear refusal (check_signable, the upload
form: 4xx) or a failing verdict (verify_pdf), within a bounded time and memory: each runs in a
child process with RLIMIT_AS = 2 GiB and a wall clock; a crash, a MemoryError or a timeout fails.

Found and fixed with these: qpdf --check allocated gigabytes on a 4 MB zip bomb (now under an
address-space limit), 50,000 pages and 2,000 revisions were accepted for signing (now limits),
and verify_pdf spent minutes on a signed PDF with 2,000 incremental updates (now refused)."""

from __future__ import annotations

import io

import pytest

from .hostile import HOSTILE, SIGNED_HOSTILE, run_limited, signed_then

pytestmark = pytest.mark.slow

GIB = 1 << 30


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("hostile")


def _file(directory, name: str, make) -> object:
    path = directory / f"{name}.pdf"
    if not path.exists():
        path.write_bytes(make())
    return path


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_pdf_is_refused_for_signing_in_bounded_time_and_memory(hostile_dir, name):
    outcome = run_limited("check_signable", _file(hostile_dir, name, HOSTILE[name]), memory=2 * GIB, timeout=120)
    assert outcome["outcome"] == "refused", outcome
    assert outcome["reason"]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_unsigned_pdf_never_passes_verification(hostile_dir, name):
    outcome = run_limited("verify_pdf", _file(hostile_dir, name, HOSTILE[name]), memory=2 * GIB, timeout=120)
    assert outcome["outcome"] in ("NO_SIGNATURE_FOUND", "TOTAL_FAILED"), outcome


@pytest.mark.parametrize("kind", SIGNED_HOSTILE)
def test_signed_pdf_with_hostile_update_fails_verification(hostile_dir, signed_pdf, kind):
    """A real signature, then an update built to exhaust the verifier: it must end, and fail
    (FORMAT_FAILURE for the signature, or the whole file refused as TOTAL_FAILED)."""
    path = _file(hostile_dir, f"signed-{kind}", lambda: signed_then(signed_pdf, kind))
    outcome = run_limited("verify_pdf", path, memory=2 * GIB, timeout=120)
    assert outcome["outcome"] == "TOTAL_FAILED", outcome
    assert outcome["subs"] in ([], ["FORMAT_FAILURE"]), outcome


@pytest.mark.parametrize("name", ["pages-50k", "revisions-2000", "deep-arrays", "xref-loop"])
def test_hostile_upload_gets_a_clear_form_error(world, make_browser, hostile_dir, name):
    """Through the draft form: 200 with the reason on the form (nothing stored), never a 500."""
    from docflow.models import Document

    data = _file(hostile_dir, name, HOSTILE[name]).read_bytes()
    b = make_browser()
    b.login("snnmt.staff")
    w = world
    form = {"doc_type": "CV", "subject": "Tệp độc hại", "urgency": "normal", "confidentiality": "normal",
            "recipients": [str(w.agency("UBNDXNH").id)], "signer_id": str(w.user("snnmt.leader").id),
            "reviewer_id": "0", "main_pdf": (io.BytesIO(data), f"{name}.pdf")}
    r = b.post("/documents/new", form, form_page="/documents/new", content_type="multipart/form-data")
    assert r.status_code == 200, r.status_code
    assert "cannot be used" in r.get_data(as_text=True) or "không" in r.get_data(as_text=True).lower()
    assert w.db.query(Document).count() == 0
