"""The sender rule on arrival (issue 13, defect 4): the seal on a document must belong to the
agency the document comes from. A package claiming one sender but sealed with another
agency's (valid, trusted) certificate is refused with the reason, nothing is registered, and
the auditor sees it; the right sender still arrives. Real certificates from the installation's
development CA, real PAdES seals, real edXML packages."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from sqlalchemy import select

from docflow.edxml import service as exchange
from docflow.edxml.package import Attachment, Organ, Package, Signer, build_package, parse_package
from docflow.models import AuditEvent, Delivery, DeliveryStatus, Unit
from docflow.pki import service as pki
from docflow.workflow import incoming, outgoing
from docflow.workflow.errors import InvalidTransition
from tests.conftest import DEMO_PIN

from .partners import Seal, external_seal, sealed

ORGAN_E = "000.00.41.H10"  # Sở Tài chính of another province (another system)
ORGAN_F = "000.00.41.H20"  # Sở Xây dựng of that province
NAME_E, NAME_F = "Sở Tài chính tỉnh Kon Tum", "Sở Xây dựng tỉnh Kon Tum"


def _package(sender: str, sender_name: str, to: str, pdf: bytes, number: str = "41", *also_to: str) -> bytes:
    return build_package(Package(
        sender=Organ(sender, sender_name), recipients=tuple(Organ(o, "") for o in (to, *also_to)),
        document_id=f"{sender},2026/12/01,{number}/STC-NS", code_number=number, code_notation="STC-NS",
        place="Kon Tum", promulgation_date=dt.date(2026, 12, 1), document_type="CV", document_type_name="Công văn",
        subject="V/v phối hợp thẩm định kinh phí", signer=Signer("KT. GIÁM ĐỐC", "Phó Giám đốc", "Y Bion"),
        attachments=(Attachment("cid1", "cong-van.pdf", pdf),)))


def _partners(world) -> tuple[Unit, Unit, Seal, Seal]:
    from docflow.edxml import seals

    db = world.db
    exchange.set_organ_id(db, None, world.agency("STC"), "000.00.31.H55")
    e = exchange.add_external_agency(db, None, ORGAN_E, NAME_E)
    f = exchange.add_external_agency(db, None, ORGAN_F, NAME_F)
    seal_e, seal_f = external_seal(world, NAME_E), external_seal(world, NAME_F)
    seals.register_seal(db, None, e, seal_e.pem)
    seals.register_seal(db, None, f, seal_f.pem)
    db.commit()
    return e, f, seal_e, seal_f


def _snnmt_sealed_pdf(world) -> bytes:
    """A genuine document of Sở NN&MT: signed by its leader, sealed by its clerk."""
    db, ctx = world.db, world.ctx()
    staff, leader, clerk = world.user("snnmt.staff"), world.user("snnmt.leader"), world.user("snnmt.clerk")
    doc = outgoing.create_draft(db, ctx, staff, world.draft_input(to=("UBNDXNH",), reviewer=None), world.letter())
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, clerk, doc, doc.revision, DEMO_PIN)
    db.commit()
    return ctx.blobs.get(doc.main_file.current.sha256)


def _import(world, data: bytes):
    db = world.db
    delivery = exchange.import_package(db, world.ctx(), world.user("stc.clerk"), data, world.agency("STC"))
    db.commit()
    return delivery


def _mismatch_events(world, delivery_id: int) -> list[AuditEvent]:
    return list(world.db.execute(select(AuditEvent).where(
        AuditEvent.action == "delivery.sender_mismatch", AuditEvent.object_id == str(delivery_id))).scalars())


def test_package_sealed_with_another_agencys_seal_is_refused(world):
    """The attack of the issue: a package claiming to come from E carries a document sealed,
    validly, by an agency of this installation (Sở NN&MT). Before: TOTAL_PASSED, received and
    registrable under E's name."""
    exchange.set_organ_id(world.db, None, world.agency("STC"), "000.00.31.H55")
    exchange.add_external_agency(world.db, None, ORGAN_E, NAME_E)
    world.db.commit()
    forged = _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", _snnmt_sealed_pdf(world)))
    assert forged.verdict == "TOTAL_PASSED"  # the seal itself is genuine...
    assert forged.status == DeliveryStatus.REFUSED  # ...but not the sender's
    reason = forged.refused_reason
    assert reason.startswith("Từ chối tự động: dấu trên văn bản không phải của cơ quan gửi")
    assert f"{NAME_E} ({ORGAN_E})" in reason and "CN=Sở Nông nghiệp và Môi trường" in reason
    assert "chứng thư số này thuộc Sở Nông nghiệp và Môi trường" in reason
    assert forged.verification["sender_check"]["ok"] is False
    # nothing registered: no incoming number, and registering is impossible
    assert forged.incoming_number is None
    with pytest.raises(InvalidTransition):
        incoming.register(world.db, world.ctx(), world.user("stc.clerk"), forged, forged.revision)
    world.db.rollback()
    # the audit trail of the receiving agency names the sender and the certificate
    (event,) = _mismatch_events(world, forged.id)
    assert event.result == "failed" and event.agency_id == world.agency("STC").id
    assert event.details["sender"] == f"{NAME_E} ({ORGAN_E})"
    assert "Sở Nông nghiệp và Môi trường" in event.details["seal_subject"]
    # the status that goes back to E says refused, with the reason
    status = exchange.export_status(world.db, world.ctx(), world.user("stc.clerk"), forged)
    assert b"<edXML:StatusCode>02</edXML:StatusCode>" in status and "Sở Nông nghiệp".encode() in status


def test_the_right_sender_arrives_and_a_partners_seal_is_not_the_senders(world):
    from docflow.edxml import seals

    e, f, seal_e, seal_f = _partners(world)
    genuine = _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal_e)))
    assert (genuine.status, genuine.verdict) == (DeliveryStatus.RECEIVED, "TOTAL_PASSED")
    assert genuine.verification["sender_check"]["bound_by"] == "registered"
    assert not _mismatch_events(world, genuine.id)
    incoming.register(world.db, world.ctx(), world.user("stc.clerk"), genuine, genuine.revision)
    world.db.commit()
    assert genuine.incoming_number == 1

    # F's genuine seal on a package that claims to come from E
    other = _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal_f), number="42"))
    assert other.verdict == "TOTAL_PASSED" and other.status == DeliveryStatus.REFUSED
    assert f"chứng thư số này thuộc {NAME_F} ({ORGAN_F})" in other.refused_reason
    assert seal_f.subject in other.refused_reason
    assert _mismatch_events(world, other.id)

    # once E's certificate is removed from the directory, E's seal no longer proves E
    seals.remove_seal(world.db, None, e, seals.seals_of(world.db, e)[0].id)
    world.db.commit()
    later = _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal_e), number="43"))
    assert later.status == DeliveryStatus.REFUSED
    assert "không phải chứng thư số dấu của cơ quan gửi" in later.refused_reason


def test_a_trusted_certificate_naming_the_organ_id_binds_the_sender(world):
    """No registration needed when a trusted CA wrote the OrganId into the seal's subject; a
    first contact sealed by a certificate naming another organ is refused."""
    from docflow.workflow.sender import organ_ids_in_subject

    exchange.set_organ_id(world.db, None, world.agency("STC"), "000.00.31.H55")
    world.db.commit()
    seal = external_seal(world, NAME_E, organ_id=ORGAN_E)
    assert ORGAN_E in organ_ids_in_subject(seal.subject)
    first = _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal)))
    assert (first.status, first.verdict) == (DeliveryStatus.RECEIVED, "TOTAL_PASSED")
    assert first.verification["sender_check"]["bound_by"] == "organ_id"
    impostor = _import(world, _package(ORGAN_F, NAME_F, "000.00.31.H55", sealed(world, seal)))
    assert impostor.status == DeliveryStatus.REFUSED
    assert f"{NAME_F} ({ORGAN_F})" in impostor.refused_reason and "NTRVN-000.00.41.H10" in impostor.refused_reason


def test_internal_arrival_checks_the_seal_against_the_sending_agency(world):
    """Between agencies of one installation: a copy of Sở Tài chính's document whose PDF carries
    Sở NN&MT's seal is refused at the recipient; Sở NN&MT's own dispatch arrives."""
    db, ctx = world.db, world.ctx()
    snnmt_pdf = _snnmt_sealed_pdf(world)
    stc_doc = outgoing.create_draft(db, ctx, world.user("stc.staff"),
                                    world.draft_input(to=("UBNDXNH",), signer="stc.leader", reviewer=None),
                                    world.letter())
    db.commit()
    copy = incoming.deliver(db, ctx, stc_doc, world.agency("UBNDXNH"), snnmt_pdf)
    db.commit()
    assert copy.verdict == "TOTAL_PASSED" and copy.status == DeliveryStatus.REFUSED
    assert "Văn bản gửi từ Sở Tài chính nhưng được đóng dấu bằng chứng thư số" in copy.refused_reason
    assert _mismatch_events(world, copy.id)

    # the genuine path: Sở NN&MT dispatches its own sealed document
    clerk = world.user("snnmt.clerk")
    staff, leader = world.user("snnmt.staff"), world.user("snnmt.leader")
    doc = outgoing.create_draft(db, ctx, staff, world.draft_input(to=("UBNDXNH",), reviewer=None), world.letter())
    outgoing.submit(db, ctx, staff, doc, doc.revision)
    outgoing.sign(db, ctx, leader, doc, doc.revision, DEMO_PIN)
    outgoing.issue(db, ctx, clerk, doc, doc.revision, DEMO_PIN)
    outgoing.dispatch(db, ctx, clerk, doc, doc.revision)
    db.commit()
    arrived = db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    assert (arrived.status, arrived.verdict) == (DeliveryStatus.RECEIVED, "TOTAL_PASSED")
    assert arrived.verification["sender_check"]["bound_by"] == "own_seal"


def test_the_auditor_sees_the_refusal(world, make_browser):
    exchange.set_organ_id(world.db, None, world.agency("STC"), "000.00.31.H55")
    world.db.commit()
    forged = _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", _snnmt_sealed_pdf(world)))
    auditor = make_browser()
    auditor.login("stc.auditor")
    page = auditor.get(f"/audit/deliveries/{forged.id}").get_data(as_text=True)
    assert "Dấu trên văn bản không phải của cơ quan gửi" in page
    assert f"{NAME_E} ({ORGAN_E})" in page and "Sở Nông nghiệp và Môi trường" in page
    trail = auditor.get("/audit/trail?action=delivery.sender_mismatch").get_data(as_text=True)
    assert "delivery.sender_mismatch" in trail


def test_seal_certificates_only_for_external_agencies_once(world):
    from docflow.edxml import seals
    from docflow.edxml.service import ExchangeError

    e, f, seal_e, _ = _partners(world)
    with pytest.raises(ExchangeError, match="already registered"):
        seals.register_seal(world.db, None, f, seal_e.pem)
    world.db.rollback()
    with pytest.raises(ExchangeError):
        seals.register_seal(world.db, None, world.agency("STC"), external_seal(world, "x").pem)
    world.db.rollback()
    own = pki.active_certificate(world.db, agency=world.agency("SNNMT"))
    with pytest.raises(ExchangeError, match="this installation"):
        seals.register_seal(world.db, None, e, x509.load_der_x509_certificate(own.cert_der).public_bytes(
            Encoding.PEM))
    world.db.rollback()
    with pytest.raises(ExchangeError, match="not an X.509"):
        seals.register_seal(world.db, None, e, b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    world.db.rollback()
    assert [s.sha256 for s in seals.seals_of(world.db, e)] == [
        seal_e.signer.certificate.fingerprint(hashes.SHA256()).hex()]
    assert parse_package(_package(ORGAN_E, NAME_E, "x", b"%PDF-1.7")).sender.organ_id == ORGAN_E


def test_operator_admin_keeps_the_directory_on_the_page(world, make_browser):
    import io

    seal = external_seal(world, NAME_E)
    other = make_browser()
    other.login("snnmt.admin")  # an agency's administrator, not the operator's
    assert other.get("/admin/exchange").status_code == 403
    admin = make_browser()
    admin.login("admin", "Admin-pass-2026")
    assert admin.get("/admin/exchange").status_code == 200
    assert admin.client.post("/admin/exchange/partners", data={"organ_id": ORGAN_E, "name": NAME_E}).status_code \
        == 400  # no CSRF token: nothing added
    bad = admin.post("/admin/exchange/partners", {"organ_id": "mã sai", "name": NAME_E})
    page = bad.get_data(as_text=True)
    assert bad.status_code == 400 and "OrganId" in page and f'value="{NAME_E}"' in page  # typed name kept
    assert not world.db.execute(select(Unit).where(Unit.name == NAME_E)).first()
    added = admin.post("/admin/exchange/partners", {"organ_id": ORGAN_E, "name": NAME_E})
    assert added.status_code == 302
    page = admin.get("/admin/exchange").get_data(as_text=True)
    assert NAME_E in page and ORGAN_E in page and "Chưa đăng ký chứng thư số dấu" in page

    junk = admin.post(f"/admin/exchange/{ORGAN_E}/seals", {"file": (io.BytesIO(b"not a certificate"), "x.pem")},
                      content_type="multipart/form-data")
    assert junk.status_code == 400 and "không phải chứng thư số X.509" in junk.get_data(as_text=True)
    ok = admin.post(f"/admin/exchange/{ORGAN_E}/seals", {"file": (io.BytesIO(seal.pem), "seal.pem")},
                    content_type="multipart/form-data")
    assert ok.status_code == 302
    assert seal.subject in admin.get("/admin/exchange").get_data(as_text=True)

    world.db.rollback()
    exchange.set_organ_id(world.db, None, world.agency("STC"), "000.00.31.H55")
    world.db.commit()
    arrived = _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal)))
    assert arrived.status == DeliveryStatus.RECEIVED

    from docflow.edxml import seals

    (row,) = seals.seals_of(world.db, seals.partner(world.db, ORGAN_E))
    assert other.post(f"/admin/exchange/{ORGAN_E}/seals/{row.id}/remove").status_code == 403
    assert admin.post(f"/admin/exchange/{ORGAN_E}/seals/{row.id}/remove").status_code == 302
    assert "Chưa đăng ký chứng thư số dấu" in admin.get("/admin/exchange").get_data(as_text=True)
    world.db.rollback()
    trail = [e.action for e in world.db.execute(select(AuditEvent).where(
        AuditEvent.action.like("edxml.seal_%"))).scalars()]
    assert trail == ["edxml.seal_add", "edxml.seal_remove"]


def test_seal_certificates_over_the_api(world, app):
    import io

    from docflow.api import tokens

    tok = {u: tokens.create_token(world.db, world.user(u), world.user(u), "t").token for u in ("admin", "stc.admin")}
    exchange.add_external_agency(world.db, None, ORGAN_E, NAME_E)
    world.db.commit()
    seal = external_seal(world, NAME_E)
    client = app.test_client()

    def call(method, path, user, **kw):
        return client.open(f"/api/v1/edxml/organs/{path}", method=method,
                           headers={"Authorization": f"Bearer {tok[user]}"}, **kw)

    upload = {"file": (io.BytesIO(seal.pem), "seal.pem")}
    denied = call("POST", f"{ORGAN_E}/seals", "stc.admin", data=upload, content_type="multipart/form-data")
    assert denied.status_code == 403
    created = call("POST", f"{ORGAN_E}/seals", "admin", data={"file": (io.BytesIO(seal.pem), "seal.pem")},
                   content_type="multipart/form-data")
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    assert body["subject"] == seal.subject and body["organ_id"] == ORGAN_E
    assert [s["id"] for s in call("GET", f"{ORGAN_E}/seals", "stc.admin").get_json()] == [body["id"]]
    assert call("GET", "000.00.00.X00/seals", "admin").status_code == 404
    assert call("DELETE", f"{ORGAN_E}/seals/{body['id']}", "stc.admin").status_code == 403
    assert call("DELETE", f"{ORGAN_E}/seals/{body['id']}", "admin").status_code == 204
    assert call("GET", f"{ORGAN_E}/seals", "admin").get_json() == []


def test_a_forged_package_sent_first_does_not_shut_the_genuine_one_out(world):
    """The forger sends first, under the genuine DocumentId: refused for its seal. The genuine
    package (same DocumentId) still arrives, and its statuses go back; a second genuine copy is
    a duplicate."""
    from docflow.edxml.service import DuplicatePackage
    from docflow.models import EdxmlLink

    _, _, seal_e, _ = _partners(world)
    forged = _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", _snnmt_sealed_pdf(world)))
    assert forged.status == DeliveryStatus.REFUSED
    genuine = _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal_e)))
    assert (genuine.status, genuine.verdict) == (DeliveryStatus.RECEIVED, "TOTAL_PASSED")
    link = world.db.execute(select(EdxmlLink).where(EdxmlLink.direction == "in")).scalar_one()
    assert link.delivery_id == genuine.id
    incoming.register(world.db, world.ctx(), world.user("stc.clerk"), genuine, genuine.revision)
    world.db.commit()
    status = exchange.export_status(world.db, world.ctx(), world.user("stc.clerk"), genuine)
    assert b"<edXML:StatusCode>03</edXML:StatusCode>" in status
    with pytest.raises(DuplicatePackage):
        _import(world, _package(ORGAN_E, NAME_E, "000.00.31.H55", sealed(world, seal_e)))


def test_only_the_operators_admins_add_partners_over_the_api(world, app):
    """The directory of partners is the province's: the API refuses an agency's administrator as
    /admin/exchange does, with the JSON envelope, and adds nothing."""
    from docflow.api import tokens
    from docflow.models import EdxmlOrgan

    users = ("admin", "stc.admin", "snnmt.admin")
    tok = {u: tokens.create_token(world.db, world.user(u), world.user(u), "t").token for u in users}
    world.db.commit()
    client = app.test_client()

    def add(user: str, organ_id: str):
        return client.post("/api/v1/edxml/organs", headers={"Authorization": f"Bearer {tok[user]}"},
                           json={"organ_id": organ_id, "name": NAME_E})

    def events() -> int:
        world.db.rollback()  # a fresh read: the requests committed in their own sessions
        return len(world.db.execute(select(AuditEvent).where(AuditEvent.action == "edxml.external_agency")).all())

    before = events()
    for user in ("stc.admin", "snnmt.admin"):
        denied = add(user, ORGAN_E)
        assert denied.status_code == 403, denied.get_json()
        assert denied.get_json()["error"]["code"] == "not_allowed"
        world.db.rollback()
        assert world.db.execute(select(EdxmlOrgan).where(EdxmlOrgan.organ_id == ORGAN_E)).first() is None
        assert not world.db.execute(select(Unit).where(Unit.name == NAME_E)).first()
        assert client.get("/api/v1/edxml/organs", headers={"Authorization": f"Bearer {tok[user]}"}).get_json() == []
    assert events() == before
    created = add("admin", ORGAN_E)
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["organ_id"] == ORGAN_E and created.get_json()["external"] is True
    assert [o["organ_id"] for o in client.get("/api/v1/edxml/organs",
                                              headers={"Authorization": f"Bearer {tok['stc.admin']}"}).get_json()] \
        == [ORGAN_E]
    assert events() == before + 1
