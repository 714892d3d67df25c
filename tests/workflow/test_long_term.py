"""Issued documents are PAdES B-LTA: a DSS with every certificate, CRL and OCSP answer their
signatures and timestamps need, then an archive timestamp over the whole file (issue 18).
Judged by docflow's verifier and, independently, by pyHanko (PAdES-LTA validation, offline),
poppler's pdfsig and qpdf."""

from __future__ import annotations

import io

from pypdf import PdfReader

from docflow.pki import service as pki
from docflow.runtime import trust_context
from docflow.signing.ltv import embedded_signatures, vri_key
from docflow.verification import verify_pdf
from tests.signing.oracles import (
    nss_db,
    pdfsig,
    pyhanko_lta_validate,
    pyhanko_validate,
    qpdf_check,
    require,
)

from .helpers import issued_document


def _current(world, file) -> bytes:
    return world.ctx().blobs.get(file.current.sha256)


def _cert_line(block: str) -> str:
    return next(line for line in block.splitlines() if "Certificate Validation" in line)


def test_an_issued_document_is_b_lta_for_docflow_and_pyhanko(world, tmp_path):
    doc = issued_document(world, dispatch=False)
    pdf = _current(world, doc.main_file)
    assert [v.reason for v in doc.main_file.versions][-2:] == ["seal", "archive"]
    assert doc.main_file.current.details["pades"] == "B-LTA"

    report = verify_pdf(pdf, trust_context(world.db, world.config))
    assert report.verdict == "TOTAL_PASSED", report.to_json()
    leader, seal, stamp = report.signatures
    assert stamp.kind == "document_timestamp" and stamp.coverage == "ENTIRE_FILE"
    assert [leader.pades_level, seal.pades_level, stamp.pades_level] == ["B-LTA", "B-LTA", None]
    assert report.to_json()["signatures"][0]["pades_level"] == "B-LTA"
    for sig in (leader, seal):
        assert sig.modifications_after == "ALLOWED"
        assert {"DSS added", f"document timestamp {stamp.field} added"} <= set(sig.changes_after)

    # the DSS: one VRI per signature and timestamp, keyed by the SHA-1 of its /Contents
    dss = PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/DSS"]
    sigs = [s for s in embedded_signatures(pdf) if s.kind == "signature"]
    assert set(dss["/VRI"].keys()) == {"/" + vri_key(s.contents) for s in sigs}
    for s in sigs:
        vri = dss["/VRI"]["/" + vri_key(s.contents)]
        assert len(vri["/Cert"]) >= 3 and vri["/CRL"], vri  # signer, issuing CA, root; their CRLs

    root = pki.ensure_dev_ca(world.config).root.certificate
    for verdict in pyhanko_validate(pdf, root)[:2]:
        assert verdict.intact and verdict.valid and verdict.trusted, verdict
        assert verdict.modification_level in ("LTA_UPDATES", "FORM_FILLING"), verdict
    lta = pyhanko_lta_validate(pdf, root)
    assert [v.passed for v in lta] == [True, True], lta
    assert all(v.evidence_time is not None for v in lta), lta  # the archive timestamp is the evidence

    require("pdfsig")
    require("certutil")
    nss = nss_db(root, tmp_path)
    out = pdfsig(pdf, nss)
    blocks = out.split("Signature #")[1:]
    assert len(blocks) == 3, out
    assert all("Signature is Valid." in block for block in blocks[:2]), out
    # poppler 22.12 does not validate ETSI.RFC3161 document timestamps; it sees the whole file signed
    assert "Total document signed" in blocks[2], out
    # archiving changed nothing pdfsig says about the signatures (its NSS check of the development
    # CA's chain reads the same before and after: "Unknown issue", already on the sealed version)
    sealed = world.ctx().blobs.get(doc.main_file.versions[-2].sha256)
    before = pdfsig(sealed, nss).split("Signature #")[1:]
    assert [_cert_line(b) for b in blocks[:2]] == [_cert_line(b) for b in before], (out, before)
    qpdf_check(pdf)


def test_attachments_are_archived_too(world):
    from docflow.workflow import outgoing
    from docflow.workflow.outgoing import Upload
    from tests.conftest import DEMO_PIN
    from tests.support.pdfs import official_letter

    db, ctx = world.db, world.ctx()
    draft = outgoing.create_draft(db, ctx, world.user("snnmt.staff"),
                                  world.draft_input(reviewer=None, signer="snnmt.leader"), world.letter(),
                                  attachments=[Upload("phu-luc.pdf", official_letter(signer_title="", signer_name=""))])
    outgoing.submit(db, ctx, world.user("snnmt.staff"), draft, draft.revision)
    outgoing.sign(db, ctx, world.user("snnmt.leader"), draft, draft.revision, DEMO_PIN)
    outgoing.issue(db, ctx, world.user("snnmt.clerk"), draft, draft.revision, DEMO_PIN)
    db.commit()
    (attachment,) = draft.attachments
    report = verify_pdf(_current(world, attachment), trust_context(world.db, world.config))
    assert report.verdict == "TOTAL_PASSED"
    assert [s.kind for s in report.signatures] == ["approval", "document_timestamp"]


def test_a_forged_dss_entry_in_an_archived_document_is_refused(world):
    """The DSS rules still refuse misuse after docflow's own DSS: an update that turns a DSS
    certificate into what the page draws fails every signature."""
    import re

    from tests.verification.corpus import append_update, object_body

    doc = issued_document(world, dispatch=False)
    pdf = _current(world, doc.main_file)
    reader = PdfReader(io.BytesIO(pdf))
    cert_ref = reader.trailer["/Root"]["/DSS"].raw_get("/Certs").get_object()[0]
    page_num = reader.pages[0].indirect_reference.idnum
    page = object_body(pdf, page_num)
    forged_page = re.sub(rb"/Contents\s+(\d+\s+\d+\s+R|\[[^\]]*\])", b"/Contents %d 0 R" % cert_ref.idnum, page,
                         count=1)
    text = b"BT /F1 24 Tf 72 700 Td (So tien: 9.999.999.999 dong) Tj ET"
    forged = append_update(pdf, {cert_ref.idnum: b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
                                 page_num: forged_page})
    report = verify_pdf(forged, trust_context(world.db, world.config))
    assert report.verdict == "TOTAL_FAILED"
    assert all(s.indication == "TOTAL_FAILED" for s in report.signatures)


def test_the_levels_on_the_way_b_t_when_signed_then_b_lta(world):
    """make run's leader signature is B-T (the in-process TSA); the sealed file before
    archiving is B-T; the archived one B-LTA. Without a TSA it is B-B."""
    from dataclasses import replace

    doc = issued_document(world, dispatch=False)
    by_reason = {v.reason: world.ctx().blobs.get(v.sha256) for v in doc.main_file.versions}
    trust = trust_context(world.db, world.config)
    assert [s.pades_level for s in verify_pdf(by_reason["signature"], trust).signatures] == ["B-T"]
    assert [s.pades_level for s in verify_pdf(by_reason["seal"], trust).signatures] == ["B-T", "B-T"]

    world.app.config["DOCFLOW"] = replace(world.config, tsa_url="none", allow_sign_without_timestamp=True)
    plain = issued_document(world, dispatch=False)
    assert plain.main_file.current.reason == "seal"  # nothing to archive with: no TSA
    report = verify_pdf(world.ctx().blobs.get(plain.main_file.current.sha256), trust)
    assert [s.pades_level for s in report.signatures] == ["B-B", "B-B"]
