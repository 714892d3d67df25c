"""The seal certificates registered for external agencies (exchange partners): a package from
such an agency arrives only when its seal was made with one of them, or with a trusted
certificate naming the agency's OrganId (the rule itself: ``docflow.workflow.sender``).
Managed by the administrators of the operating agency, who keep the directory of partners.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..messages import N_
from ..models import Certificate, EdxmlOrgan, EdxmlSealCertificate, Unit, User
from ..uow import transactional
from ..workflow.errors import NotAllowed
from .service import ExchangeError

__all__ = ["Partner", "partners", "partner", "external_agency", "UnknownPartner", "seals_of", "register_seal",
           "remove_seal", "parse_certificate", "MAX_CERTIFICATE_BYTES"]

MAX_CERTIFICATE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Partner:
    """An external agency with its OrganId and registered seal certificates."""

    unit: Unit
    organ_id: str
    seals: tuple[EdxmlSealCertificate, ...]


def _check_operator(session: Session, actor: User | None) -> None:
    if actor is not None and not access.keeps_exchange_directory(session, actor):
        raise NotAllowed(N_("Only an administrator of the operating agency can manage exchange partners."))


def partners(session: Session) -> list[Partner]:
    rows = session.execute(select(Unit, EdxmlOrgan.organ_id).join(EdxmlOrgan, EdxmlOrgan.unit_id == Unit.id)
                           .where(EdxmlOrgan.external.is_(True)).order_by(Unit.name)).all()
    return [Partner(unit, organ, tuple(seals_of(session, unit))) for unit, organ in rows]


def external_agency(session: Session, organ_id: str) -> Unit | None:
    """The external agency known by ``organ_id`` (None for unknown ones and our own agencies)."""
    row = session.execute(select(EdxmlOrgan).where(EdxmlOrgan.organ_id == organ_id,
                                                   EdxmlOrgan.external.is_(True))).scalar_one_or_none()
    return session.get(Unit, row.unit_id) if row is not None else None


class UnknownPartner(ExchangeError):
    http_status = 404


def partner(session: Session, organ_id: str) -> Unit:
    """The external agency known by ``organ_id``; ``UnknownPartner`` (404) otherwise."""
    unit = external_agency(session, organ_id)
    if unit is None:
        raise UnknownPartner(N_("No external agency has the OrganId %(organ)s."), field="organ_id", organ=organ_id)
    return unit


def seals_of(session: Session, agency: Unit) -> list[EdxmlSealCertificate]:
    return list(session.execute(select(EdxmlSealCertificate).where(EdxmlSealCertificate.unit_id == agency.id)
                                .order_by(EdxmlSealCertificate.not_after.desc(),
                                          EdxmlSealCertificate.id.desc())).scalars())


def parse_certificate(data: bytes) -> x509.Certificate:
    """One X.509 certificate, PEM or DER; a clear refusal otherwise."""
    if not data or len(data) > MAX_CERTIFICATE_BYTES:
        raise ExchangeError(N_("Choose a certificate file (PEM or DER, one certificate)."), field="file")
    try:
        if b"-----BEGIN" in data:
            certs = x509.load_pem_x509_certificates(data)
            if len(certs) != 1:
                raise ValueError("one certificate expected")
            return certs[0]
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise ExchangeError(N_("This file is not an X.509 certificate (PEM or DER, one certificate)."),
                            field="file") from None


def _external(session: Session, agency: Unit) -> EdxmlOrgan:
    organ = session.get(EdxmlOrgan, agency.id)
    if organ is None or not organ.external:
        raise ExchangeError(N_("Seal certificates are registered only for external agencies; the seals of "
                               "this installation's agencies are their own certificates."), field="organ_id")
    return organ


@transactional
def register_seal(session: Session, actor: User | None, agency: Unit, data: bytes) -> EdxmlSealCertificate:
    """Bind a seal certificate to an external agency: its packages sealed with it may arrive."""
    _check_operator(session, actor)
    organ = _external(session, agency)
    cert = parse_certificate(data)
    sha = cert.fingerprint(hashes.SHA256()).hex()
    taken = session.execute(select(EdxmlSealCertificate).where(EdxmlSealCertificate.sha256 == sha)).scalar()
    if taken is not None:
        owner = session.get(Unit, taken.unit_id)
        raise ExchangeError(N_("This certificate is already registered for %(agency)s."), field="file",
                            agency=owner.name if owner else str(taken.unit_id))
    if session.execute(select(Certificate.id).where(Certificate.sha256 == sha)).first() is not None:
        raise ExchangeError(N_("This is a certificate of this installation; it cannot belong to an external "
                               "agency."), field="file")
    row = EdxmlSealCertificate(
        unit_id=agency.id, sha256=sha, subject=cert.subject.rfc4514_string()[:1024],
        issuer=cert.issuer.rfc4514_string()[:1024], serial=format(cert.serial_number, "x")[:64],
        not_before=cert.not_valid_before_utc, not_after=cert.not_valid_after_utc,
        cert_der=cert.public_bytes(serialization.Encoding.DER), created_by_id=actor.id if actor else None)
    session.add(row)
    session.flush()
    audit.record(session, "edxml.seal_add", actor=actor, object_type="unit", object_id=agency.id,
                 agency_id=actor.agency_id if actor else None,
                 details={"organ_id": organ.organ_id, "subject": row.subject,
                          "sha256": sha, "certificate_id": row.id})
    return row


@transactional
def remove_seal(session: Session, actor: User | None, agency: Unit, certificate_id: int) -> EdxmlSealCertificate:
    """Unbind a registered seal certificate: packages sealed with it are refused from now on."""
    _check_operator(session, actor)
    row = session.get(EdxmlSealCertificate, certificate_id)
    if row is None or row.unit_id != agency.id:
        raise ExchangeError(N_("This agency has no such registered seal certificate."), field="certificate_id")
    session.delete(row)
    audit.record(session, "edxml.seal_remove", actor=actor, object_type="unit", object_id=agency.id,
                 agency_id=actor.agency_id if actor else None,
                 details={"subject": row.subject, "sha256": row.sha256, "certificate_id": certificate_id})
    session.flush()
    return row
