"""Seals of external agencies for the edXML tests: a certificate from a CA the installation
trusts (its development CA) and a PDF sealed with it (a real PAdES signature)."""

from __future__ import annotations

import dataclasses

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from docflow.pki import keystore
from docflow.pki import service as pki
from docflow.pki.ca import AgencyIdentity
from docflow.signer import SoftwareSigner
from docflow.signing.service import sign_pdf
from tests.support.pdfs import official_letter


@dataclasses.dataclass
class Seal:
    signer: SoftwareSigner

    @property
    def pem(self) -> bytes:
        return self.signer.certificate.public_bytes(Encoding.PEM)

    @property
    def subject(self) -> str:
        return self.signer.certificate.subject.rfc4514_string()


def external_seal(world, name: str, *, organ_id: str | None = None) -> Seal:
    """A seal certificate from a CA this installation trusts (its development CA)."""
    ca = pki.ensure_dev_ca(world.config)
    key = keystore.generate_private_key("ec-p256")
    if organ_id is None:
        cert = ca.issue_seal(key.public_key(), AgencyIdentity(name=name, province="Tỉnh Kon Tum"))
    else:  # a CA that writes the agency's code into the subject (ETSI organizationIdentifier)
        subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                             x509.NameAttribute(NameOID.ORGANIZATION_IDENTIFIER, f"NTRVN-{organ_id}"),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, name),
                             x509.NameAttribute(NameOID.COMMON_NAME, name)])
        cert = ca._signing_leaf(subject, key.public_key(), None, 365, None)
    return Seal(SoftwareSigner(key, cert, ca.chain))


def sealed(world, seal: Seal, **letter) -> bytes:
    ctx = world.ctx()
    return sign_pdf(official_letter(signer_title="", signer_name="", **letter), seal.signer,
                    reason="Ban hành văn bản số 41/STC-NS", timestamper=ctx.timestamper,
                    allow_without_timestamp=ctx.allow_without_timestamp, qpdf_check=False).pdf
