"""The edXML commands: organ ids, export-edxml of a dispatched document, import-edxml into
another agency code of the same installation acting as the other system, statuses back."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from docflow.edxml.package import build_package, parse_package, parse_status
from docflow.models import Delivery, Unit
from docflow.workflow import incoming, outgoing
from tests.conftest import DEMO_PIN

from .partners import external_seal, sealed


def test_export_import_and_status_commands(world, tmp_path):
    w, db = world, world.db
    runner = w.app.test_cli_runner()
    assert runner.invoke(args=["edxml", "organ", "SNNMT", "000.00.31.H53"]).exit_code == 0
    result = runner.invoke(args=["edxml", "external", "000.00.99.H99", "Sở Tư pháp tỉnh khác"])
    assert result.exit_code == 0, result.output
    db.rollback()
    external = db.execute(select(Unit).where(Unit.name == "Sở Tư pháp tỉnh khác")).scalar_one()
    ctx = w.ctx()
    staff, leader, clerk = w.user("snnmt.staff"), w.user("snnmt.leader"), w.user("snnmt.clerk")
    doc = outgoing.create_draft(db, ctx, staff, w.draft_input(to=(external.code,), reviewer=None), w.letter())
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, clerk, doc, doc.revision, DEMO_PIN)
    outgoing.dispatch(db, ctx, clerk, doc, doc.revision)
    db.commit()

    package = tmp_path / "doc.edxml"
    result = runner.invoke(args=["export-edxml", str(doc.id), "--to", "000.00.99.H99", "-o", str(package)])
    assert result.exit_code == 0, result.output
    # the same installation plays the other system: its own copy comes back from "outside"
    # under another OrganId; Sở NN&MT's seal is not that agency's, so it is refused
    assert runner.invoke(args=["edxml", "organ", "STC", "000.00.31.H55"]).exit_code == 0
    text = package.read_bytes().replace(b"000.00.31.H53", b"000.00.77.H77").replace(b"000.00.99.H99",
                                                                                   b"000.00.31.H55")
    (tmp_path / "forged.edxml").write_bytes(text)
    result = runner.invoke(args=["import-edxml", str(tmp_path / "forged.edxml"), "--agency", "STC"])
    assert result.exit_code == 1 and "refused, signatures TOTAL_PASSED" in result.output, result.output
    # the other system seals with its own certificate, registered here: it arrives
    seal = external_seal(w, "Sở Tư pháp tỉnh Kon Tum")
    (tmp_path / "seal.pem").write_bytes(seal.pem)
    result = runner.invoke(args=["edxml", "seal", "000.00.77.H77", str(tmp_path / "seal.pem")])
    assert result.exit_code == 0 and seal.subject in result.output, result.output
    result = runner.invoke(args=["edxml", "seals", "000.00.77.H77"])
    assert result.exit_code == 0 and seal.subject in result.output, result.output
    parsed = parse_package(text)
    main = dataclasses.replace(parsed.attachments[0], data=sealed(w, seal))
    again = dataclasses.replace(parsed, attachments=(main,), document_id=parsed.document_id + "-2")
    (tmp_path / "in.edxml").write_bytes(build_package(again))
    result = runner.invoke(args=["import-edxml", str(tmp_path / "in.edxml"), "--agency", "STC"])
    assert result.exit_code == 0, result.output
    assert "received, signatures TOTAL_PASSED" in result.output
    db.rollback()
    stc = w.agency("STC")
    delivery = db.execute(select(Delivery).where(Delivery.recipient_agency_id == stc.id,
                                                 Delivery.status == "received")).scalar_one()
    incoming.register(db, ctx, w.user("stc.clerk"), delivery, delivery.revision)
    db.commit()
    status = tmp_path / "status.edxml"
    result = runner.invoke(args=["export-edxml-status", str(delivery.id), "-o", str(status)])
    assert result.exit_code == 0, result.output
    assert b"<edXML:StatusCode>03</edXML:StatusCode>" in status.read_bytes()
    # the status names the faked sender organ; point it back at our export to apply it
    status.write_bytes(status.read_bytes().replace(b"000.00.77.H77", b"000.00.31.H53").replace(
        b"<edXML:OrganId>000.00.31.H55</edXML:OrganId>", b"<edXML:OrganId>000.00.99.H99</edXML:OrganId>").replace(
        b"-2</edXML:DocumentId>", b"</edXML:DocumentId>"))
    result = runner.invoke(args=["import-edxml-status", str(status)])
    assert result.exit_code == 0, result.output
    assert "status 03 (registered)" in result.output
    assert runner.invoke(args=["import-edxml", str(tmp_path / "in.edxml"), "--agency", "STC"]).exit_code != 0
    # removing the certificate from the directory: the next package sealed with it is refused
    seal_id = runner.invoke(args=["edxml", "seals", "000.00.77.H77"]).output.split()[0]
    result = runner.invoke(args=["edxml", "seal-remove", "000.00.77.H77", seal_id])
    assert result.exit_code == 0, result.output
    assert runner.invoke(args=["edxml", "seals", "000.00.77.H77"]).output.strip() == "no registered seal certificates"
    third = dataclasses.replace(again, document_id=parsed.document_id + "-3")
    (tmp_path / "third.edxml").write_bytes(build_package(third))
    result = runner.invoke(args=["import-edxml", str(tmp_path / "third.edxml"), "--agency", "STC"])
    assert result.exit_code == 1 and "refused" in result.output, result.output

    # recalled, the document is asked back from the partner it was exported to (status 13)
    assert runner.invoke(args=["export-edxml-recall", str(doc.id), "-o", str(tmp_path / "r.edxml")]).exit_code == 1
    db.rollback()
    doc = db.get(type(doc), doc.id)
    outgoing.recall(db, w.ctx(), clerk, doc, doc.revision, "Sai căn cứ pháp lý")
    db.commit()
    result = runner.invoke(args=["export-edxml-recall", str(doc.id), "-o", str(tmp_path / "r.edxml")])
    assert result.exit_code == 0, result.output
    recall = parse_status((tmp_path / "r.edxml").read_bytes())
    assert (recall.status_code, recall.description, recall.sender.organ_id) == ("13", "Sai căn cứ pháp lý",
                                                                                 "000.00.31.H53")
