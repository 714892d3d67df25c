"""The sender rule, applied on every arrival (internal dispatch and edXML import alike): the
agency seal on a document must belong to the agency the document comes from. A valid seal of
another agency proves nothing about the sender, so such a copy is refused.

Which seal certificates belong to which agency:
- an agency of this installation: its own seal certificates, those docflow issued or imported
  for it (``Certificate`` rows of kind seal, superseded or revoked ones included: a seal made
  before the renewal stays that agency's, and revocation is the verifier's business);
- an external agency (edXML): the seal certificates an administrator registered for it
  (``EdxmlSealCertificate``), or a certificate that chains to a trust anchor and names the
  agency's OrganId in its subject (organizationIdentifier, UID or serialNumber), since then a
  trusted CA vouches for the binding. docflow's own seal certificates name their agency's
  OrganId as ``UID=MDDT:<OrganId>`` (``docflow.pki.ca``), so another docflow installation that
  trusts the CA binds them this way without registering each certificate.

The seal is the last approval or certification signature of the document (Decree 30/2020:
the clerk seals after the competent person signed; document timestamps come after it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Certificate, CertificateOwner, EdxmlOrgan, EdxmlSealCertificate, Unit

__all__ = ["SenderCheck", "check_sender", "seal_signature", "organ_ids_in_subject"]

# subject attributes in which CAs put an organisation's identifier
_ID_ATTRIBUTES = (NameOID.ORGANIZATION_IDENTIFIER, NameOID.USER_ID, NameOID.SERIAL_NUMBER)
# ETSI EN 319 412-1 semantics identifiers ("NTRVN-0101234567") or a "MNS:" style prefix
_PREFIXED = re.compile(r"^(?:[A-Z]{3}[A-Z]{2}-|[A-Za-z]{2,8}:)(?P<id>.+)$")


@dataclass(frozen=True)
class SenderCheck:
    """Whether the seal belongs to the sender; ``reason`` (Vietnamese) when it does not."""

    ok: bool
    sender: str  # the sending agency's name (and OrganId, for an external one)
    seal_subject: str | None
    seal_sha256: str | None
    bound_by: str | None = None  # own_seal | registered | organ_id
    owner: str | None = None  # the agency the seal certificate belongs to, when known and not the sender
    reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "sender": self.sender, "seal_subject": self.seal_subject,
                "seal_sha256": self.seal_sha256, "bound_by": self.bound_by, "owner": self.owner,
                "reason": self.reason}


def seal_signature(report: dict[str, Any]) -> dict[str, Any] | None:
    """The signature that acts as the agency seal: the last one that is not a document timestamp."""
    for sig in reversed(report.get("signatures") or []):
        if sig.get("kind") in ("approval", "certification"):
            return sig
    return None


def organ_ids_in_subject(subject: str) -> set[str]:
    """The identifiers a certificate subject (RFC 4514) carries for its organisation."""
    try:
        name = x509.Name.from_rfc4514_string(subject)
    except ValueError:
        return set()
    found: set[str] = set()
    for oid in _ID_ATTRIBUTES:
        for attr in name.get_attributes_for_oid(oid):
            value = str(attr.value).strip()
            found.add(value)
            m = _PREFIXED.match(value)
            if m:
                found.add(m.group("id").strip())
    return found


def _sender_label(agency: Unit, organ: EdxmlOrgan | None) -> str:
    return f"{agency.name} ({organ.organ_id})" if organ is not None and organ.external else agency.name


def _owner_of(session: Session, sha256: str) -> Unit | None:
    """The agency another binding gives this certificate to, to name it in the refusal."""
    own = session.execute(select(Certificate.agency_id).where(
        Certificate.sha256 == sha256, Certificate.owner_kind == CertificateOwner.SEAL)).scalar()
    if own is None:
        own = session.execute(select(EdxmlSealCertificate.unit_id).where(
            EdxmlSealCertificate.sha256 == sha256)).scalar()
    return session.get(Unit, own) if own is not None else None


def check_sender(session: Session, agency: Unit, report: dict[str, Any]) -> SenderCheck:
    """Does the seal on the verified document (``report``: its verification JSON) belong to
    ``agency``, the agency the document comes from?"""
    organ = session.get(EdxmlOrgan, agency.id)
    sender = _sender_label(agency, organ)
    seal = seal_signature(report)
    signer = (seal or {}).get("signer") or {}
    subject, sha = signer.get("subject"), signer.get("sha256_fingerprint")
    if not subject or not sha:
        return SenderCheck(False, sender, None, None, reason=(
            f"Văn bản gửi từ {sender} không mang dấu (chữ ký số của cơ quan) có chứng thư số đọc được."))
    sha = sha.lower()
    if organ is None or not organ.external:
        own = session.execute(select(Certificate.id).where(
            Certificate.sha256 == sha, Certificate.owner_kind == CertificateOwner.SEAL,
            Certificate.agency_id == agency.id)).first()
        if own is not None:
            return SenderCheck(True, sender, subject, sha, bound_by="own_seal")
    else:
        registered = session.execute(select(EdxmlSealCertificate.id).where(
            EdxmlSealCertificate.sha256 == sha, EdxmlSealCertificate.unit_id == agency.id)).first()
        if registered is not None:
            return SenderCheck(True, sender, subject, sha, bound_by="registered")
        trusted = bool((seal or {}).get("checks", {}).get("trusted"))
        if trusted and organ.organ_id in organ_ids_in_subject(subject) and _owner_of(session, sha) is None:
            return SenderCheck(True, sender, subject, sha, bound_by="organ_id")
    owner = _owner_of(session, sha)
    owner_label = _sender_label(owner, session.get(EdxmlOrgan, owner.id)) if owner is not None else None
    belongs = f"chứng thư số này thuộc {owner_label}" if owner_label else \
        "chứng thư số này không phải chứng thư số dấu của cơ quan gửi"
    return SenderCheck(False, sender, subject, sha, owner=owner_label, reason=(
        f"Văn bản gửi từ {sender} nhưng được đóng dấu bằng chứng thư số “{subject}” "
        f"(SHA-256 {sha[:16]}…): {belongs}."))
