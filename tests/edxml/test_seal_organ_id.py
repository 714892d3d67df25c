"""docflow's own agency seals name the agency's edXML OrganId (issue 13, edXML leftovers), as a
prefixed UID the way Vietnamese CAs name an organisation's codes: another system that trusts
the CA binds the seal to the sender a package names without registering the certificate. The
existing bindings (own seal, registered certificate) keep working."""

from __future__ import annotations

import io

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from sqlalchemy import select

from docflow.edxml import service as exchange
from docflow.models import Unit
from docflow.pki import service as pki
from docflow.workflow.sender import organ_ids_in_subject
from tests.conftest import DEMO_PIN, FAST_KDF

from .test_exchange import ORGAN_A, ORGAN_B, _dispatch_at_a, _ok, _setup_a


def _new_seal(world, code: str):
    ca = pki.ensure_dev_ca(world.config)
    row = pki.issue_seal_certificate(world.db, ca, world.agency(code), DEMO_PIN, actor=None, kdf=FAST_KDF,
                                     algorithm="ec-p256", enforce_pin_policy=False)
    world.db.commit()
    return x509.load_der_x509_certificate(row.cert_der)


def test_a_seal_issued_once_the_agency_has_an_organ_id_names_it(world):
    before = _new_seal(world, "SNNMT")
    assert not before.subject.get_attributes_for_oid(NameOID.USER_ID)  # no OrganId yet: nothing to name
    exchange.set_organ_id(world.db, None, world.agency("SNNMT"), ORGAN_A)
    world.db.commit()
    cert = _new_seal(world, "SNNMT")
    assert [a.value for a in cert.subject.get_attributes_for_oid(NameOID.USER_ID)] == [f"MDDT:{ORGAN_A}"]
    assert ORGAN_A in organ_ids_in_subject(cert.subject.rfc4514_string())
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Sở Nông nghiệp và Môi trường"
    # the agency's own seal still binds by its certificate row on an internal arrival
    assert pki.active_certificate(world.db, agency=world.agency("SNNMT")).sha256 == cert.fingerprint(
        hashes.SHA256()).hex()


def test_another_installation_binds_the_seal_by_its_organ_id(installation_a, installation_b):
    """B trusts A's CA and knows A's Sở NN&MT by its OrganId only (no seal registered): the seal
    naming that OrganId proves the sender; before, such a package was refused at B."""
    world, b = installation_a, installation_b
    a, external_id = _setup_a(world)  # sets Sở NN&MT's OrganId at A
    _new_seal(world, "SNNMT")  # the seal the clerk will use: issued with the OrganId set
    session = b.app.extensions["docflow.write_sessionmaker"]()
    root = pki.ensure_dev_ca(world.config).root.certificate.public_bytes(Encoding.PEM)
    pki.add_trust_anchor(session, b.app.config["DOCFLOW"], root, actor=None)
    stc = session.execute(select(Unit).where(Unit.code == "STC", Unit.kind == "agency")).scalar_one()
    exchange.set_organ_id(session, None, stc, ORGAN_B)
    exchange.add_external_agency(session, None, ORGAN_A, "Sở Nông nghiệp và Môi trường (hệ thống A)")
    session.commit()
    session.close()

    doc = _dispatch_at_a(a, external_id)
    package = _ok(a.call("GET", f"/api/v1/edxml/documents/{doc['id']}?to={ORGAN_B}", "snnmt.clerk")).content
    delivery = _ok(b.call("POST", "/api/v1/edxml/import", "stc.clerk",
                          files={"file": ("doc.edxml", io.BytesIO(package), "application/xml")}), 201).json()
    assert delivery["status"] == "received", delivery["refused_reason"]
    check = delivery["verification"]["sender_check"]
    assert (check["ok"], check["bound_by"]) == (True, "organ_id")
    assert f"UID=MDDT:{ORGAN_A}" in check["seal_subject"]
