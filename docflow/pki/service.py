"""Certificates and keys as the application uses them: the service layer over ``docflow.pki``.

Plain Python (no flask): every function takes a unit of work (``docflow.uow``; a bare
``Session`` is accepted) and values, applies the rules and records an audit event for every
state change. The functions that write are ``@transactional``: they commit when they return
and roll back when they raise; callers (web view, API, CLI) never commit.

PIN rules: a PIN is never stored, logged or audited. A software key lives only as a
``keystore`` blob (AES-GCM under a key derived from the PIN by Argon2id). Wrong PINs are
counted per certificate; after ``max_failures`` in a row the certificate is locked until an
administrator unlocks it (``unlock``).

**PIN errors are recorded.** ``signer_for`` and ``change_pin`` raise ``PinRejected``
(``WrongCertificatePin`` or ``CertificateLocked``) *after* committing the counter and the
audit event in a unit of work of their own (``uow.record_failure``), exactly like a failed
login: the rest of the failed action is rolled back, the lock cannot be dodged.

The development CA (``ensure_dev_ca``) keeps its certificates and keys in the database
(``instance_files``, ``pki.instance_store``), the keys encrypted with ``DOCFLOW_CA_PASSPHRASE``
(or, if unset outside production, a passphrase derived from the secret key: rotating the
secret key then requires setting the old derived value explicitly), so that nodes with
separate data directories share one CA (issue 24). Its root is a trust anchor of the
instance (rows ``trust``), which together with the shipped ``certs/`` directory
(``Config.trust_dir``) is the trust store (``trust_anchors``) that imports and the verifier
read. A CA and anchors of an installation from before (``<data_dir>/pki/ca``,
``<data_dir>/trust``) are copied into the database at its first start; before the migration
has run, those directories are still used as they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .. import access, audit
from ..messages import N_, DomainError
from ..models import (
    Certificate,
    CertificateOwner,
    CertificateStatus,
    CrlNumber,
    EdxmlOrgan,
    InstanceFile,
    KeyBackend,
    Role,
    SealImage,
    SignatureImage,
    Unit,
    User,
    utcnow,
)
from ..notices import security_notice
from ..secretbox import SecretBox, SecretUnavailable
from ..uow import record_failure, transactional
from . import images, instance_store, keystore, p12import, truststore
from .ca import AgencyIdentity, DevCA, PersonIdentity
from .errors import (
    ImportRefused,
    KeyBlobError,
    KeyLocked,
    Pkcs11Error,
    SignatureImageRejected,
    TrustStoreError,
    WeakPin,
    WrongPin,
)
from .pkcs11 import TokenKeyRef, change_token_pin, generate_key_on_token
from .revocation import REVOCATION_REASONS, Revocation, parse_reason
from .revocation import CertificateStatus as OcspStatus
from .signers import SoftwareKeyRef, open_signer

if TYPE_CHECKING:
    from ..config import Config
    from ..signer import Signer

__all__ = [
    "may_issue", "PkiServiceError", "CertificateNotFound", "CertificateNotUsable", "PinRejected",
    "WrongCertificatePin", "CertificateLocked", "PinChangeRequired", "PinPolicyViolation", "ImportRejected",
    "ImageRejected", "TrustAnchorRejected", "TokenFailure",
    "DevTsa", "ensure_dev_ca", "dev_tsa", "kdf_params", "trust_directories", "instance_trust_dir",
    "trust_anchors", "instance_anchors", "import_legacy_trust", "prepare_instance",
    "issue_personal_certificate", "issue_seal_certificate",
    "issue_certificate_on_token", "import_pkcs12", "register_token_certificate",
    "check_token_certificate", "TokenCertificate", "TOKEN_ONLY", "revoke", "unlock", "current_crl",
    "ocsp_response", "crl_for_local_check", "change_pin", "signer_for", "active_certificate", "certificates_of",
    "signature_image", "seal_image", "set_signature_image", "set_seal_image",
    "signature_image_record", "seal_image_record", "load_certificate", "load_chain",
    "generate_pin", "add_trust_anchor", "remove_trust_anchor", "REVOCATION_REASON_CODES",
    "SIGNATURE_IMAGE_MM", "SEAL_IMAGE_MM", "activate", "may_hold", "holders_of", "generate_activation_code",
]

_SECURITY = {"security": True}  # audit details of a security event (issue 14)

# Reasons an administrator may pick, as RFC 5280 names (``keyCompromise`` …).
REVOCATION_REASON_CODES: tuple[str, ...] = tuple(REVOCATION_REASONS)
# Default physical sizes when an upload does not say otherwise (width, height in mm).
SIGNATURE_IMAGE_MM = (40.0, 20.0)
SEAL_IMAGE_MM = (36.0, 36.0)

_CA_SLUG = DevCA.ISSUING_FILE
TOKEN_ONLY = N_("The key of this certificate is on your own token: confirm the signature in docflow-agent "
                "on your computer (no PIN is typed here).")


# ---- errors ----------------------------------------------------------------------------


class PkiServiceError(DomainError):
    """Base of the errors of the certificates area (translated msgids)."""


class CertificateNotFound(PkiServiceError):
    http_status = 404


class CertificateNotUsable(PkiServiceError):
    """Revoked, superseded, expired or without a key."""

    http_status = 409


class PinRejected(PkiServiceError):
    """A PIN was refused. The updated counter and the audit event are already committed
    (``uow.record_failure``)."""

    http_status = 403


class WrongCertificatePin(PinRejected):
    @property
    def remaining_attempts(self) -> int:
        return int(self.params.get("remaining", 0))


class PinChangeRequired(PkiServiceError):
    """The key still has the one-time PIN an administrator handed over."""

    http_status = 409


class CertificateLocked(PinRejected):
    http_status = 423


class PinPolicyViolation(PkiServiceError):
    pass


class ImportRejected(PkiServiceError):
    """A PKCS#12 upload was refused; ``reason`` is the library's code (``p12import.REASONS``)."""

    @property
    def reason(self) -> str:
        return str(self.params.get("code", ""))


class ImageRejected(PkiServiceError):
    pass


class TrustAnchorRejected(PkiServiceError):
    pass


class TokenFailure(PkiServiceError):
    """The PKCS#11 token could not be used (module, slot, key)."""

    http_status = 502


_IMPORT_MESSAGES: dict[str, str] = {
    "not_pkcs12": N_("The file is not a PKCS#12 (.p12/.pfx) file."),
    "wrong_password": N_("The password does not open this PKCS#12 file."),
    "no_private_key": N_("The file holds no private key."),
    "no_certificate": N_("The file holds no certificate for its key."),
    "key_mismatch": N_("The private key does not belong to the certificate."),
    "unsupported_key": N_("The key type or size is not accepted (RSA of at least 2048 bits or ECDSA P-256/P-384)."),
    "is_ca_certificate": N_("The certificate is a CA certificate, not a personal or seal certificate."),
    "not_yet_valid": N_("The certificate is not valid yet."),
    "expired": N_("The certificate has expired."),
    "no_signing_key_usage": N_("The certificate's key usage does not allow signing documents."),
    "wrong_extended_key_usage": N_("The certificate's extended key usage excludes document signing."),
    "weak_algorithm": N_("A certificate in the chain is signed with a weak algorithm."),
    "chain_invalid": N_("A certificate in the chain is not valid now or may not issue certificates."),
    "untrusted": N_("The certificate does not chain to a trusted root."),
}
_PIN_POLICY = N_("The new PIN must have 6 to 64 characters and must not be one repeated character "
                 "or a simple run such as 123456.")


# ---- who may use and who may issue a certificate ---------------------------------------


def may_issue(session: Session, actor: User | None, owner: User | Unit, *, self_service: bool = False) -> bool:
    """An administrator of the owner's agency (``actor=None``: docflow itself, the CLI); with
    ``self_service`` also the owner (a person importing their own PKCS#12)."""
    if actor is None:
        return True
    if self_service and isinstance(owner, User) and owner.id == actor.id:
        return True
    if isinstance(owner, User):
        return access.can_administer_user(session, actor, owner)
    return access.can_administer_unit(session, actor, owner)


def _require_use(certificate: Certificate, actor: User | None) -> None:
    if actor is not None and not may_hold(actor, certificate):
        raise CertificateNotFound(N_("This certificate does not exist or you do not have access to it."))


def _require_issue(session: Session, actor: User | None, owner: User | Unit, *, self_service: bool = False) -> None:
    if not may_issue(session, actor, owner, self_service=self_service):
        raise CertificateNotFound(N_("This user or agency does not exist or you do not have access to it."))


# ---- configuration-derived helpers -----------------------------------------------------


def kdf_params(config: Config) -> keystore.KdfParams:
    """The KDF for new key blobs: Argon2id defaults, or ``config.extra["pki_kdf"]`` (tests
    pass cheap parameters there; the default is never changed)."""
    kdf = config.extra.get("pki_kdf")
    return kdf if isinstance(kdf, keystore.KdfParams) else keystore.ARGON2ID_DEFAULT


def _ca_passphrase(config: Config) -> str:
    if config.ca_passphrase:
        return config.ca_passphrase
    if config.production:
        from ..config import ConfigError

        raise ConfigError("DOCFLOW_CA_PASSPHRASE must be set to run the development CA in production")
    return hmac.new(config.secret_key.encode(), b"docflow development CA passphrase", hashlib.sha256).hexdigest()


def instance_trust_dir(config: Config) -> Path:
    """Where the dev CA root and the anchors an administrator added were kept before they
    moved into the database (issue 24); read once, at the first start on a database."""
    return config.data_dir / "trust"


def _legacy_ca_dir(config: Config) -> Path:
    return (config.data_dir / "pki" / "ca").resolve()


def _in_database(config: Config) -> bool:
    return instance_store.available(config.sqlalchemy_url)


def trust_directories(config: Config) -> tuple[Path, ...]:
    """The trust store's directories: the shipped ``certs/`` (``Config.trust_dir``), and the
    instance's own directory while the database has no ``instance_files`` table yet."""
    if _in_database(config):
        return (config.trust_dir,)
    return (config.trust_dir, instance_trust_dir(config))


def instance_anchors(config: Config) -> list[truststore.Anchor]:
    """The anchors of this installation (the dev CA root, those an administrator added),
    shared by every node: rows ``trust``/``<sha256>.pem`` of ``instance_files``."""
    if not _in_database(config):
        return truststore.list_anchors(instance_trust_dir(config))
    anchors: list[truststore.Anchor] = []
    for name, pem in instance_store.read(config.sqlalchemy_url, _TRUST).items():
        anchors.extend(truststore.Anchor.of(Path(name), cert) for cert in truststore.parse_certificates(pem))
    anchors.sort(key=lambda a: (a.subject, a.sha256))
    return anchors


def trust_anchors(config: Config) -> list[x509.Certificate]:
    seen = {a.sha256: a.certificate for a in instance_anchors(config)}
    for cert in truststore.load_anchors(*trust_directories(config)):
        seen.setdefault(truststore.fingerprint(cert), cert)
    return list(seen.values())


_CA, _TRUST = "ca", "trust"
_ca_cache: dict[tuple[str, str, str], DevCA] = {}
_tsa_cache: dict[tuple[str, str], DevTsa] = {}
_ca_lock = threading.Lock()


def _anchor_file(cert: x509.Certificate) -> tuple[tuple[str, str], bytes]:
    return (_TRUST, f"{truststore.fingerprint(cert)}.pem"), cert.public_bytes(serialization.Encoding.PEM)


def _legacy_anchor_files(config: Config) -> dict[tuple[str, str], bytes]:
    """The anchors of the instance trust directory of an installation from before issue 24."""
    try:
        anchors = truststore.list_anchors(instance_trust_dir(config))
    except TrustStoreError:
        return {}  # an unreadable file: the administrator adds it again on the page
    return dict(_anchor_file(a.certificate) for a in anchors)


def _ca_files_to_store(config: Config, passphrase: str) -> tuple[DevCA, dict[tuple[str, str], bytes]]:
    """What the first start on an empty database inserts: the CA of the data directory when
    this installation had one (the single-machine layout before issue 24: the files as they
    are, keys still encrypted, with its TSA), else a new CA."""
    legacy = _legacy_ca_dir(config)
    files: dict[str, bytes]
    if (legacy / f"{DevCA.ISSUING_FILE}.pem").exists():
        names = DevCA.FILE_NAMES + ("tsa.pem", "tsa.key.enc")
        files = {name: (legacy / name).read_bytes() for name in names if (legacy / name).exists()}
        ca = DevCA.from_files(files, passphrase, config.base_url)  # the passphrase must open it
    else:
        ca = DevCA.create(config.base_url, key_algorithm=config.ca_key_algorithm)
        files = ca.files_of(passphrase, kdf=kdf_params(config))
    return ca, {(_CA, name): data for name, data in files.items()}


def _stored_ca_files(config: Config, passphrase: str) -> dict[str, bytes]:
    """The CA's files from the database, inserted first if there are none yet."""
    url = config.sqlalchemy_url
    files = instance_store.read(url, _CA)
    if not all(name in files for name in DevCA.FILE_NAMES):
        mine, rows = _ca_files_to_store(config, passphrase)
        if instance_store.insert_all(url, rows):  # else another node was first
            anchor, pem = _anchor_file(mine.root.certificate)
            instance_store.insert_all(url, {anchor: pem})
            import_legacy_trust(config)
        files = instance_store.read(url, _CA)  # ours, or the winner's
    return files


def prepare_instance(config: Config) -> None:
    """At the start of every process (``create_app``): the development CA and its TSA are in
    the database before the first request, so that no request has to create them while it
    holds SQLite's write lock, and the anchors of an old instance trust directory are
    imported. Existing files are not decrypted here (that happens on first use)."""
    if not _in_database(config):
        return
    if config.production and not config.ca_passphrase:
        import_legacy_trust(config)  # no development CA in this installation
        return
    files = _stored_ca_files(config, _ca_passphrase(config))
    if "tsa.pem" not in files:
        dev_tsa(config)
    import_legacy_trust(config)


def ensure_dev_ca(config: Config) -> DevCA:
    """The development CA of this installation, created on first use (idempotent, cached per
    process). It lives in the database, so every node has the same one: two nodes creating it
    at once both insert, the first insert wins and the other loads the winner's. Its root is
    added to the trust store when it is created."""
    cache_key = (config.sqlalchemy_url, str(config.data_dir), config.base_url)
    with _ca_lock:
        ca = _ca_cache.get(cache_key)
        if ca is not None:
            return ca
        passphrase = _ca_passphrase(config)
        if not _in_database(config):
            ca = DevCA.load_or_create(
                _legacy_ca_dir(config), passphrase, config.base_url,
                key_algorithm=config.ca_key_algorithm, trust_dir=instance_trust_dir(config),
                kdf=kdf_params(config),
            )
        else:
            files = _stored_ca_files(config, passphrase)
            ca = DevCA.from_files(files, passphrase, config.base_url)
        _ca_cache[cache_key] = ca
    return ca


def import_legacy_trust(config: Config) -> None:
    """At start: the anchors an administrator added to the data directory before issue 24
    go into the database once (a marker row says it was done)."""
    if not _in_database(config) or not instance_trust_dir(config).is_dir():
        return
    url = config.sqlalchemy_url
    if "trust-directory-imported" in instance_store.read(url, "meta"):
        return
    instance_store.insert_all(url, {("meta", "trust-directory-imported"): b"1"})
    for key, pem in _legacy_anchor_files(config).items():
        instance_store.insert_all(url, {key: pem})  # one by one: present ones are skipped


@dataclass(frozen=True)
class DevTsa:
    """The development time-stamp authority: certificate (EKU timeStamping) and key."""

    certificate: x509.Certificate
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    chain: tuple[x509.Certificate, ...]

    def __repr__(self) -> str:
        return f"DevTsa({self.certificate.subject.rfc4514_string()!r})"


def _tsa_names(generation: int) -> tuple[str, str]:
    """Certificate and key file of a TSA generation: the first keeps its old names."""
    return ("tsa.pem", "tsa.key.enc") if generation == 0 else (f"tsa-{generation}.pem", f"tsa-{generation}.key.enc")


def _latest_tsa(files: dict[str, bytes]) -> int:
    """The newest generation with both files (-1: none yet)."""
    generation = -1
    while all(name in files for name in _tsa_names(generation + 1)):
        generation += 1
    return generation


def dev_tsa(config: Config, *, now: dt.datetime | None = None) -> DevTsa:
    """The TSA certificate of the development CA (next to the CA, key encrypted with the CA
    passphrase), created on first use; in the database like the CA, first insert wins.

    Renewed when it has no more than the archive margin (``DOCFLOW_ARCHIVE_MARGIN_DAYS``)
    left at ``now``, so that an archive timestamp made then outlives the next renewal: a new
    key and certificate are a new generation (``tsa-1.pem``…), inserted like the first (two
    nodes renewing at once: one wins, both use it); the older ones stay (for validation)."""
    ca = ensure_dev_ca(config)
    cache_key = (config.sqlalchemy_url, str(config.data_dir))
    now = (now or utcnow()).replace(microsecond=0)
    margin = dt.timedelta(days=config.archive_margin_days)
    with _ca_lock:
        cached = _tsa_cache.get(cache_key)
        if cached is not None and cached.certificate.not_valid_after_utc - now > margin:
            return cached
        passphrase = _ca_passphrase(config)
        url, directory = config.sqlalchemy_url, _legacy_ca_dir(config)
        in_database = _in_database(config)

        def read() -> dict[str, bytes]:
            if in_database:
                return instance_store.read(url, _CA)
            return {p.name: p.read_bytes() for p in directory.glob("tsa*")}

        files = read()
        generation = _latest_tsa(files)
        current = x509.load_pem_x509_certificate(files[_tsa_names(generation)[0]]) if generation >= 0 else None
        if current is None or current.not_valid_after_utc - now <= margin:
            key = keystore.generate_private_key("ec-p256")
            cert = _issue_tsa_certificate(ca, key.public_key(), now=now, margin=margin)
            cert_name, key_name = _tsa_names(generation + 1)
            key_blob = keystore.encrypt_private_key(key, passphrase, kdf=kdf_params(config))
            cert_pem = cert.public_bytes(serialization.Encoding.PEM)
            if in_database:
                instance_store.insert_all(url, {(_CA, key_name): key_blob, (_CA, cert_name): cert_pem})
            else:
                (directory / key_name).write_bytes(key_blob)
                (directory / key_name).chmod(0o600)
                (directory / cert_name).write_bytes(cert_pem)
            files = read()
            generation = _latest_tsa(files)
        cert_name, key_name = _tsa_names(generation)
        cert = x509.load_pem_x509_certificate(files[cert_name])
        chain = (ca.root.certificate,) if cert.issuer == ca.root.certificate.subject else ca.chain
        tsa = DevTsa(cert, keystore.unlock(files[key_name], passphrase), chain)
        _tsa_cache[cache_key] = tsa
        return tsa


_TSA_DAYS = 5 * 365


def _issue_tsa_certificate(ca: DevCA, public_key: object, *, now: dt.datetime,
                           margin: dt.timedelta) -> x509.Certificate:
    """Five years from the issuing CA; from the root once the issuing CA could give no more
    than twice the margin (it lives 10 years, the root 20: a timestamp made in the issuing
    CA's last years must still outlive it)."""
    issuer = ca.issuing
    if min(now + dt.timedelta(days=_TSA_DAYS), issuer.certificate.not_valid_after_utc) - now <= 2 * margin:
        issuer = ca.root
    org = issuer.certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, str(org)),
            x509.NameAttribute(NameOID.COMMON_NAME, "docflow Development TSA"),
        ]))
        .issuer_name(issuer.certificate.subject)
        .public_key(public_key)  # type: ignore[arg-type]
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(min(now + dt.timedelta(days=_TSA_DAYS), issuer.certificate.not_valid_after_utc))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)  # type: ignore[arg-type]
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
                       critical=False)
        .add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
            full_name=[x509.UniformResourceIdentifier(ca.crl_url(issuer.slug))],
            relative_name=None, reasons=None, crl_issuer=None)]), critical=False)
    )
    return issuer.sign_builder(builder)


# ---- reading ---------------------------------------------------------------------------


def load_certificate(cert: Certificate) -> x509.Certificate:
    return x509.load_der_x509_certificate(cert.cert_der)


def load_chain(cert: Certificate) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(cert.chain_pem) if cert.chain_pem else []


def active_certificate(session: Session, *, user: User | None = None,
                       agency: Unit | None = None, now: dt.datetime | None = None) -> Certificate | None:
    """The certificate to sign with: the user's personal one, or the agency's seal (newest
    active, currently valid certificate; None if there is none)."""
    if (user is None) == (agency is None):
        raise ValueError("give exactly one of user or agency")
    now = now or utcnow()
    q = select(Certificate).where(
        Certificate.status == CertificateStatus.ACTIVE,
        Certificate.not_before <= now, Certificate.not_after > now,
    )
    if user is not None:
        q = q.where(Certificate.owner_kind == CertificateOwner.PERSONAL, Certificate.user_id == user.id)
    else:
        assert agency is not None
        q = q.where(Certificate.owner_kind == CertificateOwner.SEAL, Certificate.agency_id == agency.id)
    return session.execute(q.order_by(Certificate.not_before.desc(), Certificate.id.desc()).limit(1)).scalar()


def certificates_of(session: Session, *, user: User | None = None,
                    agency_ids: Sequence[int] | None = None, seal_only: bool = False) -> list[Certificate]:
    """Certificates of a user (personal), or of the given agencies (all owner kinds)."""
    q = select(Certificate).order_by(Certificate.created_at.desc(), Certificate.id.desc())
    if user is not None:
        q = q.where(Certificate.owner_kind == CertificateOwner.PERSONAL, Certificate.user_id == user.id)
    if agency_ids is not None:
        q = q.where(Certificate.agency_id.in_(list(agency_ids)))
    if seal_only:
        q = q.where(Certificate.owner_kind == CertificateOwner.SEAL)
    return list(session.execute(q).scalars())


# ---- issuing and importing -------------------------------------------------------------


def generate_pin(length: int = 8) -> str:
    """A random numeric PIN that passes the PIN policy (handed over once, never stored)."""
    import secrets

    while True:
        pin = "".join(secrets.choice("0123456789") for _ in range(length))
        try:
            keystore.check_new_pin(pin)
            return pin
        except WeakPin:
            continue


def _check_pin(pin: str) -> None:
    try:
        keystore.check_new_pin(pin)
    except WeakPin:
        raise PinPolicyViolation(_PIN_POLICY, field="new_pin") from None


def _algorithm_of(cert: x509.Certificate) -> str:
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return f"rsa-{key.key_size}"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return {"secp256r1": "ec-p256", "secp384r1": "ec-p384"}.get(key.curve.name, "ec")
    return "other"


def _pem(certs: Sequence[x509.Certificate]) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def _record(cert: x509.Certificate, *, owner_kind: CertificateOwner, user: User | None,
            agency_id: int | None, issuer: str, chain: Sequence[x509.Certificate]) -> Certificate:
    cns = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return Certificate(
        owner_kind=owner_kind,
        user_id=user.id if user is not None else None,
        agency_id=agency_id,
        subject_cn=str(cns[0].value) if cns else cert.subject.rfc4514_string()[:255],
        subject=cert.subject.rfc4514_string()[:1024],
        serial=format(cert.serial_number, "x"),
        issuer=issuer,
        issuer_name=cert.issuer.rfc4514_string()[:1024],
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        sha256=cert.fingerprint(hashes.SHA256()).hex(),
        algorithm=_algorithm_of(cert),
        cert_der=cert.public_bytes(serialization.Encoding.DER),
        chain_pem=_pem(chain),
        key_backend=KeyBackend.SOFTWARE,
        pin_failures=0,
        locked=False,
        status=CertificateStatus.ACTIVE,
    )


def _supersede(session: Session, new: Certificate) -> None:
    """Older active certificates of the same holder stop being the one to sign with."""
    q = select(Certificate).where(
        Certificate.owner_kind == new.owner_kind, Certificate.status == CertificateStatus.ACTIVE,
        Certificate.id != new.id,
    )
    if new.owner_kind == CertificateOwner.PERSONAL:
        q = q.where(Certificate.user_id == new.user_id)
    else:
        q = q.where(Certificate.agency_id == new.agency_id)
    for old in session.execute(q).scalars():
        old.status = CertificateStatus.SUPERSEDED


def _person(session: Session, user: User) -> PersonIdentity:
    agency = session.get(Unit, user.agency_id)
    unit = session.get(Unit, user.unit_id)
    province = agency.parent.name if agency is not None and agency.parent is not None else None
    return PersonIdentity(
        full_name=user.full_name, title=user.title or "-", agency=agency.name if agency else "-",
        unit=unit.name if unit is not None and unit.id != user.agency_id else None,
        province=province, email=user.email or None,
    )


def _agency_identity(session: Session, agency: Unit) -> AgencyIdentity:
    parent = agency.parent
    organ = session.get(EdxmlOrgan, agency.id)
    return AgencyIdentity(name=agency.name, province=parent.name if parent is not None else None,
                          organ_id=organ.organ_id if organ is not None and not organ.external else None)


def _store(session: Session, record: Certificate, *, actor: User | None, action: str,
           details: dict[str, object] | None = None) -> Certificate:
    session.add(record)
    session.flush()
    if record.status == CertificateStatus.ACTIVE:
        _supersede(session, record)  # a pending certificate replaces nothing until its holder activates it
    audit.record(session, action, actor=actor, object_type="certificate", object_id=record.id,
                 agency_id=record.agency_id,
                 details={"subject": record.subject_cn, "serial": record.serial, "sha256": record.sha256,
                          "owner_kind": record.owner_kind.value, "backend": record.key_backend.value,
                          **(details or {})})
    return record


@transactional
def issue_personal_certificate(session: Session, ca: DevCA, user: User, pin: str | None, *,
                               algorithm: str = "rsa-2048", actor: User | None,
                               kdf: keystore.KdfParams = keystore.ARGON2ID_DEFAULT,
                               valid_days: int = 730, enforce_pin_policy: bool = True,
                               one_time_pin: bool = False, for_activation: SecretBox | None = None) -> Certificate:
    """Generate a software key, certify it with the dev CA and store it under ``pin``
    (``enforce_pin_policy=False`` only for demo data, whose PIN is the well-known 123456).
    ``one_time_pin``: an administrator chose the PIN; the holder must change it before use.

    ``for_activation`` (what an administrator does, issue 14): no PIN is chosen by anyone but
    the holder. The key is wrapped under a fresh activation code sealed with this box, the
    certificate is PENDING (the holder's current one stays in use) and the code travels only to
    the holder (``activate``)."""
    _require_issue(session, actor, user)
    if user.service_account:
        raise PkiServiceError(N_("A service account never signs: it cannot hold a certificate."), field="user_id")
    code = None
    if for_activation is not None:
        _check_activation_channel(session, CertificateOwner.PERSONAL, user=user)
        code = pin = generate_activation_code()
    elif enforce_pin_policy:
        _check_pin(pin or "")
    assert pin is not None
    if algorithm not in keystore.KEY_ALGORITHMS:
        raise PkiServiceError(N_("Unknown key algorithm."), field="algorithm")
    key = keystore.generate_private_key(algorithm)
    cert = ca.issue_personal(key.public_key(), _person(session, user), valid_days=valid_days)
    record = _record(cert, owner_kind=CertificateOwner.PERSONAL, user=user, agency_id=user.agency_id,
                     issuer=ca.issuing.slug, chain=ca.chain)
    record.key_blob = keystore.encrypt_private_key(key, pin, kdf=kdf)
    record.pin_must_change = one_time_pin
    del key
    if code is not None and for_activation is not None:
        _await_activation(record, code, for_activation)
    record = _store(session, record, actor=actor, action="certificate.issue",
                    details={"algorithm": algorithm, **({"pending": True, **_SECURITY} if code else {})})
    if code is not None:
        _announce_pending(session, record, code, for_activation)
    return record


@transactional
def issue_seal_certificate(session: Session, ca: DevCA, agency: Unit, pin: str | None, *,
                           algorithm: str = "rsa-2048", actor: User | None,
                           kdf: keystore.KdfParams = keystore.ARGON2ID_DEFAULT,
                           valid_days: int = 1095, enforce_pin_policy: bool = True,
                           one_time_pin: bool = False, for_activation: SecretBox | None = None) -> Certificate:
    """The agency's seal certificate (software key). Its PIN is held by the agency's clerks
    (``one_time_pin``: they must replace the administrator's PIN before the first seal;
    ``for_activation``: a clerk sets it, see ``issue_personal_certificate``)."""
    _require_issue(session, actor, agency)
    code = None
    if for_activation is not None:
        _check_activation_channel(session, CertificateOwner.SEAL, agency=agency)
        code = pin = generate_activation_code()
    elif enforce_pin_policy:
        _check_pin(pin or "")
    assert pin is not None
    if agency.agency_id != agency.id:
        raise PkiServiceError(N_("A seal certificate belongs to an agency, not to a division."), field="agency_id")
    key = keystore.generate_private_key(algorithm)
    cert = ca.issue_seal(key.public_key(), _agency_identity(session, agency), valid_days=valid_days)
    record = _record(cert, owner_kind=CertificateOwner.SEAL, user=None, agency_id=agency.id,
                     issuer=ca.issuing.slug, chain=ca.chain)
    record.key_blob = keystore.encrypt_private_key(key, pin, kdf=kdf)
    record.pin_must_change = one_time_pin
    del key
    if code is not None and for_activation is not None:
        _await_activation(record, code, for_activation)
    record = _store(session, record, actor=actor, action="certificate.issue_seal",
                    details={"algorithm": algorithm, **({"pending": True, **_SECURITY} if code else {})})
    if code is not None:
        _announce_pending(session, record, code, for_activation)
    return record


def _token_ref(certificate: Certificate) -> TokenKeyRef:
    return TokenKeyRef(certificate.pkcs11_module or "", certificate.pkcs11_token or "",
                       key_label=certificate.pkcs11_key_label,
                       key_id=bytes.fromhex(certificate.pkcs11_key_id) if certificate.pkcs11_key_id else None)


def _token_taken(session: Session, ref: TokenKeyRef, owner: User | Unit) -> bool:
    """Does a certificate of another holder use this token? Its user PIN is one for every key
    on it: whoever knows it signs with all of them, and changing it for one holder locks out
    the others. A holder's token is theirs alone."""
    q = select(Certificate).where(Certificate.key_backend == KeyBackend.PKCS11,
                                  Certificate.pkcs11_module == ref.module_path,
                                  Certificate.pkcs11_token == ref.token_label,
                                  Certificate.status.in_([CertificateStatus.ACTIVE, CertificateStatus.PENDING]))
    for other in session.execute(q).scalars():
        same = (other.user_id == owner.id) if isinstance(owner, User) else \
            (other.owner_kind == CertificateOwner.SEAL and other.agency_id == owner.id)
        if not same:
            return True
    return False


@transactional
def issue_certificate_on_token(session: Session, ca: DevCA, owner: User | Unit, ref: TokenKeyRef,
                               token_pin: str, *, algorithm: str = "ec-p256",
                               actor: User | None, for_activation: SecretBox | None = None) -> Certificate:
    """Generate a non-extractable key on a PKCS#11 token and certify it (personal for a user,
    seal for an agency). docflow stores only the token reference; the PIN is the token's.

    ``for_activation`` (an administrator issues for somebody, issue 14): ``token_pin``, the PIN
    the administrator set up the token with, is replaced on the token at once by a fresh
    activation code that travels only to the holder; the certificate is PENDING until the
    holder activates it by choosing the token's new PIN (``activate``). The administrator's
    PIN opens nothing afterwards. The token must not carry another holder's key."""
    _require_issue(session, actor, owner)
    if isinstance(owner, User) and owner.service_account:
        raise PkiServiceError(N_("A service account never signs: it cannot hold a certificate."), field="owner")
    code = None
    if for_activation is not None:
        if isinstance(owner, User):
            _check_activation_channel(session, CertificateOwner.PERSONAL, user=owner)
        else:
            _check_activation_channel(session, CertificateOwner.SEAL, agency=owner)
        if _token_taken(session, ref, owner):
            raise PkiServiceError(N_("This token already carries a key of another holder in docflow; every key on "
                                     "a token opens with the same PIN. Give each holder a token of their own."),
                                  field="token")
    try:
        public_key = generate_key_on_token(ref, token_pin, algorithm)
        if for_activation is not None:
            code = generate_activation_code()
            change_token_pin(ref, token_pin, code)
    except (WrongPin, KeyLocked, Pkcs11Error) as exc:
        raise TokenFailure(N_("The token could not be used: %(reason)s"), reason=exc.message) from None
    if isinstance(owner, User):
        cert = ca.issue_personal(public_key, _person(session, owner))
        record = _record(cert, owner_kind=CertificateOwner.PERSONAL, user=owner, agency_id=owner.agency_id,
                         issuer=ca.issuing.slug, chain=ca.chain)
    else:
        cert = ca.issue_seal(public_key, _agency_identity(session, owner))
        record = _record(cert, owner_kind=CertificateOwner.SEAL, user=None, agency_id=owner.id,
                         issuer=ca.issuing.slug, chain=ca.chain)
    record.key_backend = KeyBackend.PKCS11
    record.pkcs11_module = ref.module_path
    record.pkcs11_token = ref.token_label
    record.pkcs11_key_label = ref.key_label
    record.pkcs11_key_id = ref.key_id.hex() if ref.key_id else None
    if code is not None and for_activation is not None:
        _await_activation(record, code, for_activation)
    record = _store(session, record, actor=actor, action="certificate.issue_token",
                    details={"algorithm": algorithm, "token": ref.token_label,
                             **({"pending": True, **_SECURITY} if code else {})})
    if code is not None:
        _announce_pending(session, record, code, for_activation)
    return record


@transactional
def import_pkcs12(session: Session, owner: User | Unit, data: bytes, password: str | None, new_pin: str | None,
                  anchors: Sequence[x509.Certificate], *, actor: User | None,
                  kdf: keystore.KdfParams = keystore.ARGON2ID_DEFAULT, one_time_pin: bool = False,
                  for_activation: SecretBox | None = None) -> Certificate:
    """Accept a PKCS#12 from an external CA for a user (personal) or an agency (seal).

    Checks the PIN policy, then the file (``p12import``: password, key, key usage, validity,
    chain to ``anchors``); a refusal raises ``ImportRejected`` with a clear reason and stores
    nothing. The key is re-encrypted at once under ``new_pin``; the password is forgotten.
    ``for_activation``: an administrator imports for somebody; the holder sets the PIN.
    The owner may import for themselves; administrators for the people and agencies they
    administer."""
    _require_issue(session, actor, owner, self_service=True)
    code = None
    if isinstance(owner, User) and owner.service_account:
        raise PkiServiceError(N_("A service account never signs: it cannot hold a certificate."), field="owner")
    if for_activation is not None:
        if isinstance(owner, User):
            _check_activation_channel(session, CertificateOwner.PERSONAL, user=owner)
        else:
            _check_activation_channel(session, CertificateOwner.SEAL, agency=owner)
        code = new_pin = generate_activation_code()
    else:
        _check_pin(new_pin or "")
    assert new_pin is not None
    try:
        identity = p12import.import_pkcs12(data, password, anchors)
    except ImportRefused as exc:
        agency_id, reason = owner.agency_id, exc.reason
        record_failure(session, lambda s: audit.record(s, "certificate.import", actor=actor, result="refused",
                                                       agency_id=agency_id, details={"reason": reason}))
        raise ImportRejected(_IMPORT_MESSAGES.get(exc.reason, N_("The PKCS#12 file was refused.")),
                             field="file", code=exc.reason) from None
    sha256 = identity.certificate.fingerprint(hashes.SHA256()).hex()
    if session.execute(select(Certificate.id).where(Certificate.sha256 == sha256)).scalar() is not None:
        raise ImportRejected(N_("This certificate is already in docflow."), field="file", code="duplicate")
    chain = [c for c in identity.chain]
    if isinstance(owner, User):
        record = _record(identity.certificate, owner_kind=CertificateOwner.PERSONAL, user=owner,
                         agency_id=owner.agency_id, issuer="external", chain=chain)
    else:
        record = _record(identity.certificate, owner_kind=CertificateOwner.SEAL, user=None,
                         agency_id=owner.id, issuer="external", chain=chain)
    record.key_blob = identity.encrypt(new_pin, kdf=kdf)
    record.pin_must_change = one_time_pin
    if code is not None and for_activation is not None:
        _await_activation(record, code, for_activation)
    record = _store(session, record, actor=actor, action="certificate.import",
                    details={"algorithm": identity.key_algorithm,
                             "anchor": identity.anchor.subject.rfc4514_string()[:200],
                             **({"pending": True, **_SECURITY} if code else {})})
    if code is not None:
        _announce_pending(session, record, code, for_activation)
    return record


@transactional
def register_token_certificate(session: Session, owner: User | Unit, data: bytes,
                               anchors: Sequence[x509.Certificate], *, actor: User | None) -> Certificate:
    """Register a certificate whose key stays on its holder's own token ("on my token"): the
    certificate alone (PEM with its intermediates, or DER), issued by a trusted CA for a person
    (personal) or an agency (seal). Checked as a PKCS#12's certificate is (``p12import``: key
    usage, validity, a chain reaching one of ``anchors``); signing with it is two-phase through
    docflow-agent, and phase 2 accepts only a signature that verifies under it. The owner may
    register their own; administrators for the people and agencies they administer."""
    _require_issue(session, actor, owner, self_service=True)
    if isinstance(owner, User) and owner.service_account:
        raise PkiServiceError(N_("A service account never signs: it cannot hold a certificate."), field="owner")
    try:
        checked = p12import.import_certificate(data, anchors)
    except ImportRefused as exc:
        agency_id, reason = owner.agency_id, exc.reason
        record_failure(session, lambda s: audit.record(s, "certificate.register_token", actor=actor,
                                                       result="refused", agency_id=agency_id,
                                                       details={"reason": reason}))
        message = (N_("The file is not an X.509 certificate (PEM or DER).") if exc.reason == "not_certificate"
                   else _IMPORT_MESSAGES.get(exc.reason, N_("The certificate was refused.")))
        raise ImportRejected(message, field="file", code=exc.reason) from None
    sha256 = checked.certificate.fingerprint(hashes.SHA256()).hex()
    if session.execute(select(Certificate.id).where(Certificate.sha256 == sha256)).scalar() is not None:
        raise ImportRejected(N_("This certificate is already in docflow."), field="file", code="duplicate")
    if isinstance(owner, User):
        record = _record(checked.certificate, owner_kind=CertificateOwner.PERSONAL, user=owner,
                         agency_id=owner.agency_id, issuer="external", chain=list(checked.chain))
    else:
        record = _record(checked.certificate, owner_kind=CertificateOwner.SEAL, user=None,
                         agency_id=owner.id, issuer="external", chain=list(checked.chain))
    record.key_backend = KeyBackend.EXTERNAL
    record.key_blob = None
    return _store(session, record, actor=actor, action="certificate.register_token",
                  details={"algorithm": checked.key_algorithm,
                           "anchor": checked.anchor.subject.rfc4514_string()[:200]})


@dataclass(frozen=True)
class TokenCertificate:
    """A usable certificate "on my token": what two-phase signing prepares for."""

    id: int
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]  # up to, not including, the root


def check_token_certificate(session: Session, certificate: Certificate, *, actor: User | None,
                            now: dt.datetime | None = None) -> TokenCertificate:
    """Refuse a revoked, superseded, locked, not yet or no longer valid certificate before
    anything is prepared; only who may hold it (``may_hold``) may sign with it."""
    _require_use(certificate, actor)
    _check_usable(session, certificate, actor=actor, action="certificate.use", now=now)
    if actor is not None and actor.service_account:
        raise CertificateNotUsable(N_("A service account never signs."))
    if certificate.key_backend != KeyBackend.EXTERNAL:
        raise CertificateNotUsable(N_("The key of this certificate is in docflow: sign with its PIN."))
    cert = load_certificate(certificate)
    chain = tuple(c for c in load_chain(certificate) if c.subject != c.issuer)
    return TokenCertificate(certificate.id, cert, chain)


# ---- activation (issue 14: the holder sets the PIN; the administrator never knows it) ---

_ACTIVATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read from an e-mail, typed


def generate_activation_code() -> str:
    """Twelve characters in three groups (60 bits): the key waits under it until activation."""
    import secrets

    raw = "".join(secrets.choice(_ACTIVATION_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def may_hold(user: User, cert: Certificate) -> bool:
    """Who holds the PIN: the person for a personal certificate, the agency's clerks for a seal."""
    if cert.owner_kind == CertificateOwner.PERSONAL:
        return cert.user_id == user.id
    if cert.owner_kind == CertificateOwner.SEAL:
        return cert.agency_id == user.agency_id and user.has_role(Role.CLERK)
    return False


def holders_of(session: Session, cert: Certificate) -> list[int]:
    """The people a certificate's notices reach: its holder, or every active clerk of the agency."""
    if cert.owner_kind == CertificateOwner.PERSONAL:
        return [cert.user_id] if cert.user_id else []
    if cert.owner_kind == CertificateOwner.SEAL and cert.agency_id:
        from ..models import UserRole

        return list(session.execute(select(User.id).join(UserRole).where(
            User.agency_id == cert.agency_id, UserRole.role == Role.CLERK, User.active.is_(True))).scalars())
    return []


def _current_software(session: Session, kind: CertificateOwner, *, user: User | None = None,
                      agency: Unit | None = None) -> Certificate | None:
    current = active_certificate(session, user=user) if kind == CertificateOwner.PERSONAL else \
        active_certificate(session, agency=agency)
    if current is None or current.key_backend != KeyBackend.SOFTWARE or current.key_blob is None:
        return None
    return current


def _check_activation_channel(session: Session, kind: CertificateOwner, *, user: User | None = None,
                              agency: Unit | None = None) -> None:
    """The holder must be able to prove it is them: with the PIN of their current certificate,
    or with the code sent to their e-mail. Without either, nobody but an administrator could
    ever set the PIN, so the certificate is not issued."""
    if _current_software(session, kind, user=user, agency=agency) is not None:
        return
    if kind == CertificateOwner.PERSONAL:
        assert user is not None
        if user.email:
            return
        raise PkiServiceError(N_("%(name)s has no e-mail address for the activation code and no certificate to "
                                 "confirm with: add the e-mail address to the account first."),
                              field="user_id", name=user.full_name)
    assert agency is not None
    from ..models import UserRole

    clerks_with_mail = session.execute(select(User.id).join(UserRole).where(
        User.agency_id == agency.id, UserRole.role == Role.CLERK, User.active.is_(True),
        User.email.is_not(None))).first()
    if clerks_with_mail is None:
        raise PkiServiceError(N_("No clerk of %(name)s has an e-mail address for the activation code: add one "
                                 "first."), field="agency_id", name=agency.name)


def _await_activation(record: Certificate, code: str, box: SecretBox) -> None:
    record.status = CertificateStatus.PENDING
    record.activation_sealed = box.seal(code)


def _announce_pending(session: Session, record: Certificate, code: str, box: SecretBox | None) -> None:
    """The code goes only by e-mail; the in-app notice says where to activate."""
    assert box is not None
    security_notice(session, holders_of(session, record),
                    N_("A new certificate (serial %(serial)s) was issued for you. Activate it under My certificates: "
                       "set your own PIN, confirmed with the PIN of your current certificate or with the activation "
                       "code sent by e-mail. Until then your current certificate stays in use."),
                    {"serial": record.serial}, secret=code, box=box)


@transactional
def activate(session: Session, certificate: Certificate, proof: str, new_pin: str, *, actor: User,
             box: SecretBox, max_failures: int = 5) -> Certificate:
    """The holder sets the PIN of a PENDING certificate and it becomes the one to sign with
    (the older one is superseded now, not at issue time).

    ``proof`` is the activation code sent to the holder's e-mail, or the PIN of the holder's
    current certificate. A wrong proof counts as a wrong PIN of the certificate it was meant
    for (recorded even so, see the module doc)."""
    if not may_hold(actor, certificate):
        raise CertificateNotFound(N_("This certificate does not exist or you do not have access to it."))
    if certificate.status != CertificateStatus.PENDING or not certificate.activation_sealed:
        raise CertificateNotUsable(N_("This certificate is not waiting for activation."))
    _check_pin(new_pin)
    try:
        code = box.open(certificate.activation_sealed)
    except SecretUnavailable:
        raise CertificateNotUsable(N_("The stored key cannot be read; the certificate must be re-issued.")) from None
    kind = certificate.owner_kind
    user = actor if kind == CertificateOwner.PERSONAL else None
    agency = session.get(Unit, certificate.agency_id) if kind == CertificateOwner.SEAL else None
    current = _current_software(session, kind, user=user, agency=agency)
    proof = (proof or "").strip()
    if hmac.compare_digest(proof.upper().encode(), code.encode()):
        via = "activation_code"
        if certificate.locked:
            raise CertificateLocked(N_("This key is locked after too many wrong PINs; ask an administrator "
                                       "to unlock it."), field="proof")
    elif current is not None:
        via = "current_pin"
        _check_usable(session, current, actor=actor, action="certificate.activate")
        policy = keystore.PinPolicy(max_failures=max_failures)
        try:
            keystore.unlock_guarded(current.key_blob or b"", proof, failures=current.pin_failures, policy=policy)
        except (WrongPin, KeyLocked):
            err = _pin_failed(session, current, actor=actor, max_failures=max_failures, action="certificate.activate")
            err.field = "proof"
            raise err from None
        current.pin_failures = 0
    else:
        err = _pin_failed(session, certificate, actor=actor, max_failures=max_failures, action="certificate.activate")
        err.field = "proof"
        raise err
    if certificate.key_backend == KeyBackend.PKCS11:
        # the token opens with the activation code since issuance: the holder's PIN replaces it
        try:
            change_token_pin(_token_ref(certificate), code, new_pin)
        except KeyLocked:
            raise CertificateLocked(N_("The token's PIN is locked; its security officer must reset it."),
                                    field="proof") from None
        except (WrongPin, Pkcs11Error) as exc:
            raise TokenFailure(N_("The token could not be used: %(reason)s"), reason=exc.message) from None
    else:
        try:
            certificate.key_blob = keystore.rewrap(certificate.key_blob or b"", code, new_pin)
        except (WrongPin, KeyBlobError):
            raise CertificateNotUsable(N_("The stored key cannot be read; the certificate must be "
                                          "re-issued.")) from None
    certificate.activation_sealed = None
    certificate.status = CertificateStatus.ACTIVE
    certificate.pin_failures, certificate.locked, certificate.pin_must_change = 0, False, False
    session.flush()
    _supersede(session, certificate)
    audit.record(session, "certificate.activate", actor=actor, object_type="certificate", object_id=certificate.id,
                 agency_id=certificate.agency_id, details={"serial": certificate.serial, "via": via, **_SECURITY})
    security_notice(session, holders_of(session, certificate),
                    N_("Certificate %(serial)s was activated by %(name)s with a PIN only its holder knows."),
                    {"serial": certificate.serial, "name": actor.full_name})
    return certificate


# ---- revocation ------------------------------------------------------------------------


@transactional
def revoke(session: Session, certificate: Certificate, reason: str, *, actor: User | None,
           now: dt.datetime | None = None) -> Certificate:
    """Revoke with an RFC 5280 reason (``keyCompromise``, ``superseded`` …). The next CRL and
    every OCSP answer list it. External certificates are only marked unusable here: their
    own CA must revoke them."""
    try:
        flag = parse_reason(reason)
    except Exception:  # the library's PkiError for unknown text
        flag = None
    if flag is None or reason not in REVOCATION_REASON_CODES:
        raise PkiServiceError(N_("Choose a revocation reason."), field="reason")
    if certificate.status == CertificateStatus.REVOKED:
        raise CertificateNotUsable(N_("This certificate is already revoked."))
    certificate.status = CertificateStatus.REVOKED
    certificate.revoked_at = (now or utcnow()).replace(microsecond=0)
    certificate.revocation_reason = flag.value
    audit.record(session, "certificate.revoke", actor=actor, object_type="certificate",
                 object_id=certificate.id, agency_id=certificate.agency_id,
                 details={"serial": certificate.serial, "reason": flag.value, "issuer": certificate.issuer})
    return certificate


@transactional
def unlock(session: Session, certificate: Certificate, *, actor: User | None) -> Certificate:
    """An administrator resets the wrong-PIN counter and lifts the lock."""
    certificate.pin_failures = 0
    certificate.locked = False
    audit.record(session, "certificate.unlock", actor=actor, object_type="certificate",
                 object_id=certificate.id, agency_id=certificate.agency_id, details=_SECURITY)
    security_notice(session, holders_of(session, certificate),
                    N_("An administrator unlocked the key of certificate %(serial)s after wrong PINs. If you did not "
                       "ask for this, tell your agency's security officer."), {"serial": certificate.serial})
    return certificate


def _revocations(session: Session, slug: str) -> list[Revocation]:
    rows = session.execute(
        select(Certificate).where(Certificate.issuer == slug, Certificate.status == CertificateStatus.REVOKED)
        .order_by(Certificate.id)
    ).scalars()
    return [Revocation(int(c.serial, 16), c.revoked_at or c.created_at, parse_reason(c.revocation_reason))
            for c in rows]


CRL_VALIDITY = dt.timedelta(days=7)


@transactional
def current_crl(session: Session, ca: DevCA, slug: str, *, now: dt.datetime | None = None) -> bytes:
    """The CA's current CRL (DER). A new CRL number is taken (and committed)
    whenever the revocation set changed or the last CRL is past half its validity; otherwise
    the same CRL content is re-signed, so the number only grows with new content."""
    authority = ca.authority(slug)  # CaError for unknown slugs
    now = now or utcnow()
    revocations = _revocations(session, authority.slug)
    digest = hashlib.sha256(";".join(f"{r.serial_number:x}:{r.revoked_at.isoformat()}:"
                                     f"{r.reason.value if r.reason else ''}"
                                     for r in revocations).encode()).hexdigest()
    # Locked, and created race-free: concurrent dispatches verifying copies at the same moment
    # all ask for the first CRL (tests/reliability/test_load.py got a duplicate-key 500 here).
    locked = select(CrlNumber).where(CrlNumber.ca_slug == authority.slug).with_for_update()
    row = session.execute(locked).scalar_one_or_none()
    if row is None:
        try:
            with session.begin_nested():
                session.add(CrlNumber(ca_slug=authority.slug, number=0, revocations_digest="", updated_at=now))
        except IntegrityError:
            pass  # another request created it first; lock theirs
        row = session.execute(locked).scalar_one()
    if row.number == 0 or row.revocations_digest != digest or now - row.updated_at > CRL_VALIDITY / 2:
        row.number += 1
        row.revocations_digest = digest
        row.updated_at = now.replace(microsecond=0)
        session.flush()
    return ca.crl(authority.slug, revocations, number=row.number, this_update=row.updated_at,
                  validity=CRL_VALIDITY)


def crl_for_local_check(session: Session, ca: DevCA, slug: str, *, now: dt.datetime | None = None) -> bytes:
    """The revocations of the dev CA as they are now, as a CRL for docflow's own verifier.
    Read-only (no CRL number taken, no row lock): a verification on a GET page runs in a
    read-only transaction, and concurrent verifications must not queue on the CRL row.
    The published CRL (``current_crl``) is what other parties fetch."""
    authority = ca.authority(slug)  # CaError for unknown slugs
    now = (now or utcnow()).replace(microsecond=0)
    number = session.execute(select(CrlNumber.number).where(CrlNumber.ca_slug == authority.slug)).scalar() or 0
    return ca.crl(authority.slug, _revocations(session, authority.slug), number=number, this_update=now,
                  validity=CRL_VALIDITY)


def ocsp_response(session: Session, ca: DevCA, request_der: bytes) -> bytes:
    """An RFC 6960 answer (DER) for certificates of the dev CA; never raises."""

    def status_of(slug: str, serial: int) -> OcspStatus:
        if slug == DevCA.ROOT_FILE:
            return OcspStatus.good() if serial == ca.issuing.certificate.serial_number else OcspStatus.unknown()
        cert = session.execute(
            select(Certificate).where(Certificate.issuer == slug, Certificate.serial == format(serial, "x"))
        ).scalar()
        if cert is None:
            return OcspStatus.unknown()
        if cert.status == CertificateStatus.REVOKED:
            return OcspStatus.revoked(cert.revoked_at or cert.created_at, parse_reason(cert.revocation_reason))
        return OcspStatus.good()

    return ca.ocsp_response(request_der, status_of)


# ---- PINs and signing ------------------------------------------------------------------


def _pin_failed(session: Session, certificate: Certificate, *, actor: User | None, max_failures: int,
                action: str) -> PinRejected:
    """Count a wrong PIN (and lock at ``max_failures``) in a unit of work of its own."""
    return record_failure(session, lambda s: _count_wrong_pin(s, certificate, actor=actor,
                                                              max_failures=max_failures, action=action))


def _count_wrong_pin(session: Session, certificate: Certificate, *, actor: User | None, max_failures: int,
                     action: str) -> PinRejected:
    certificate.pin_failures += 1
    remaining = max(max_failures - certificate.pin_failures, 0)
    details: dict[str, object] = {"failures": certificate.pin_failures}
    if remaining == 0:
        certificate.locked = True
        details["locked"] = True
    audit.record(session, action, actor=actor, object_type="certificate", object_id=certificate.id,
                 agency_id=certificate.agency_id, result="failed", details=details)
    session.flush()
    if certificate.locked:
        return CertificateLocked(N_("Wrong PIN. Too many wrong PINs: the key is now locked; "
                                    "ask an administrator to unlock it."), field="pin")
    return WrongCertificatePin(N_("Wrong PIN. %(remaining)d attempt(s) left before the key is locked."),
                               field="pin", remaining=remaining)


def _record_locked(session: Session, certificate: Certificate, *, actor: User | None, action: str,
                   lock: bool = False) -> None:
    """A locked key was presented: audited (and the lock set) in a unit of work of its own."""

    def record(s: Session) -> None:
        if lock:
            certificate.locked = True
        audit.record(s, action, actor=actor, object_type="certificate", object_id=certificate.id,
                     agency_id=certificate.agency_id, result="denied", details={"reason": "locked"})

    record_failure(session, record)


def _check_usable(session: Session, certificate: Certificate, *, actor: User | None, action: str,
                  now: dt.datetime | None = None) -> None:
    if certificate.status == CertificateStatus.PENDING:
        raise CertificateNotUsable(N_("This certificate is waiting for its holder to activate it (My certificates)."))
    if certificate.status != CertificateStatus.ACTIVE:
        raise CertificateNotUsable(N_("This certificate is revoked or replaced and can no longer be used."))
    if certificate.locked:
        _record_locked(session, certificate, actor=actor, action=action)
        raise CertificateLocked(N_("This key is locked after too many wrong PINs; ask an administrator "
                                   "to unlock it."), field="pin")
    now = now or utcnow()
    if not certificate.not_before <= now < certificate.not_after:
        raise CertificateNotUsable(N_("This certificate is not valid at this time."))


@transactional
def change_pin(session: Session, certificate: Certificate, old_pin: str, new_pin: str, *,
               actor: User | None, max_failures: int = 5) -> Certificate:
    """Re-encrypt the software key under ``new_pin`` (fresh salt and nonce, the same KDF).
    A wrong ``old_pin`` counts as a failure (recorded even so, see the module doc)."""
    _require_use(certificate, actor)
    if certificate.key_backend == KeyBackend.SOFTWARE and certificate.key_blob is None:
        raise CertificateNotUsable(N_("This certificate has no key in docflow."))
    _check_usable(session, certificate, actor=actor, action="certificate.change_pin")
    _check_pin(new_pin)
    try:
        if certificate.key_backend == KeyBackend.PKCS11:
            change_token_pin(_token_ref(certificate), old_pin, new_pin)
        else:
            certificate.key_blob = keystore.rewrap(certificate.key_blob or b"", old_pin, new_pin)
    except KeyLocked:
        _record_locked(session, certificate, actor=actor, action="certificate.change_pin", lock=True)
        raise CertificateLocked(N_("This key is locked after too many wrong PINs; ask an administrator "
                                   "to unlock it."), field="pin") from None
    except Pkcs11Error as exc:
        raise TokenFailure(N_("The token could not be used: %(reason)s"), reason=exc.message) from None
    except WrongPin:
        raise _pin_failed(session, certificate, actor=actor, max_failures=max_failures,
                          action="certificate.change_pin") from None
    except KeyBlobError:
        raise CertificateNotUsable(N_("The stored key cannot be read; the certificate must be re-issued.")) from None
    certificate.pin_failures = 0
    was_one_time, certificate.pin_must_change = certificate.pin_must_change, False
    audit.record(session, "certificate.change_pin", actor=actor, object_type="certificate",
                 object_id=certificate.id, agency_id=certificate.agency_id,
                 details={"replaced_one_time_pin": True} if was_one_time else None)
    return certificate


@transactional
def signer_for(session: Session, certificate: Certificate, pin: str, *, actor: User | None,
               max_failures: int = 5, now: dt.datetime | None = None) -> Signer:
    """The ``Signer`` for one signing operation with ``certificate`` — what the signing
    workflow calls. Pass ``max_failures=config.pin_max_failures``.

    Refuses revoked/superseded/expired certificates (``CertificateNotUsable``) and locked
    keys (``CertificateLocked``). A software key is unlocked now; a PKCS#11 key is checked
    by one login on the token now and used at ``sign`` time. A wrong PIN increments the
    counter and locks the key at ``max_failures``: then ``PinRejected`` is raised after the
    counter and audit event were committed on their own (``uow.record_failure``). Success
    resets the counter and records ``certificate.unlock_key`` (never the PIN). Only who holds
    the PIN (``may_hold``) may ask; ``actor=None`` is docflow itself."""
    _require_use(certificate, actor)
    _check_usable(session, certificate, actor=actor, action="certificate.use", now=now)
    if actor is not None and actor.service_account:
        raise CertificateNotUsable(N_("A service account never signs."))
    if certificate.pin_must_change:
        raise PinChangeRequired(N_("This key still has the one-time PIN an administrator handed over. Change the "
                                   "PIN under My certificates before signing with it."), field="pin")
    if certificate.key_backend == KeyBackend.EXTERNAL:
        raise CertificateNotUsable(TOKEN_ONLY)
    cert = load_certificate(certificate)
    chain = [c for c in load_chain(certificate) if c.subject != c.issuer]  # up to, not incl., the root
    policy = keystore.PinPolicy(max_failures=max_failures)
    try:
        if certificate.key_backend == KeyBackend.SOFTWARE:
            if certificate.key_blob is None:
                raise CertificateNotUsable(N_("This certificate has no key in docflow."))
            keystore.unlock_guarded(certificate.key_blob, pin, failures=certificate.pin_failures, policy=policy)
            signer = open_signer(SoftwareKeyRef(certificate.key_blob), pin, cert, chain)
        else:
            from .pkcs11 import token_public_key

            ref = _token_ref(certificate)
            token_public_key(ref, pin)  # one login: a wrong PIN is known before signing starts
            signer = open_signer(ref, pin, cert, chain)
    except KeyLocked:
        _record_locked(session, certificate, actor=actor, action="certificate.use", lock=True)
        raise CertificateLocked(N_("This key is locked after too many wrong PINs; ask an administrator "
                                   "to unlock it."), field="pin") from None
    except WrongPin:
        raise _pin_failed(session, certificate, actor=actor, max_failures=max_failures,
                          action="certificate.use") from None
    except KeyBlobError:
        raise CertificateNotUsable(N_("The stored key cannot be read; the certificate must be re-issued.")) from None
    except Pkcs11Error as exc:
        raise TokenFailure(N_("The token could not be used: %(reason)s"), reason=exc.message) from None
    certificate.pin_failures = 0
    audit.record(session, "certificate.use", actor=actor, object_type="certificate", object_id=certificate.id,
                 agency_id=certificate.agency_id, details={"serial": certificate.serial})
    return signer


# ---- images ----------------------------------------------------------------------------


def signature_image_record(session: Session, user: User) -> SignatureImage | None:
    return session.execute(select(SignatureImage).where(SignatureImage.user_id == user.id)).scalar()


def seal_image_record(session: Session, agency: Unit) -> SealImage | None:
    return session.execute(select(SealImage).where(SealImage.agency_id == agency.id)).scalar()


def signature_image(session: Session, user: User) -> bytes | None:
    """The user's handwritten signature PNG (transparent), or None."""
    row = signature_image_record(session, user)
    return bytes(row.png) if row else None


def seal_image(session: Session, agency: Unit) -> bytes | None:
    """The agency's seal PNG (transparent, see ``SealImage.width_mm`` for its real size), or None."""
    row = seal_image_record(session, agency)
    return bytes(row.png) if row else None


def _validate_image(png: bytes) -> images.ImageFacts:
    try:
        return images.validate_signature_image(png)
    except SignatureImageRejected as exc:
        raise ImageRejected(N_("The image was refused: %(reason)s."), field="image", reason=exc.message) from None


@transactional
def set_signature_image(session: Session, user: User, png: bytes, *, actor: User | None,
                        width_mm: float | None = None) -> SignatureImage:
    """Store (or replace) a leader's signature image after validating it."""
    if not user.has_role(Role.LEADER):
        raise PkiServiceError(N_("Only leaders sign documents with a signature image."), field="image")
    facts = _validate_image(png)
    width = width_mm or SIGNATURE_IMAGE_MM[0]
    row = signature_image_record(session, user) or SignatureImage(user_id=user.id)
    row.png, row.sha256, row.width_px, row.height_px = png, facts.sha256, facts.width, facts.height
    row.width_mm, row.height_mm = width, round(width * facts.height / facts.width, 2)
    row.uploaded_at = utcnow()
    session.add(row)
    session.flush()
    audit.record(session, "signature_image.set", actor=actor, object_type="user", object_id=user.id,
                 agency_id=user.agency_id, details={"sha256": facts.sha256, "size": facts.size_bytes})
    return row


@transactional
def set_seal_image(session: Session, agency: Unit, png: bytes, *, actor: User | None,
                   width_mm: float | None = None) -> SealImage:
    """Store (or replace) an agency's seal image; ``width_mm`` is its real diameter."""
    if agency.agency_id != agency.id:
        raise PkiServiceError(N_("A seal belongs to an agency, not to a division."), field="agency_id")
    facts = _validate_image(png)
    width = width_mm or SEAL_IMAGE_MM[0]
    row = seal_image_record(session, agency) or SealImage(agency_id=agency.id)
    row.png, row.sha256, row.width_px, row.height_px = png, facts.sha256, facts.width, facts.height
    row.width_mm, row.height_mm = width, round(width * facts.height / facts.width, 2)
    row.uploaded_at = utcnow()
    session.add(row)
    session.flush()
    audit.record(session, "seal_image.set", actor=actor, object_type="unit", object_id=agency.id,
                 agency_id=agency.id, details={"sha256": facts.sha256, "size": facts.size_bytes})
    return row


# ---- trust store -----------------------------------------------------------------------


def _refused(exc: TrustStoreError) -> TrustAnchorRejected:
    return TrustAnchorRejected(N_("The certificate was refused as a trust anchor: %(reason)s."),
                               field="file", reason=exc.message)


@transactional
def add_trust_anchor(session: Session, config: Config, data: bytes, *, actor: User | None) -> truststore.Anchor:
    """Add one CA certificate (PEM or DER) to the instance trust store, in the database that
    every node reads (adding the same one twice changes nothing)."""
    if not _in_database(config):
        try:
            anchor = truststore.add_anchor(instance_trust_dir(config), data)
        except TrustStoreError as exc:
            raise _refused(exc) from None
    else:
        try:
            certs = truststore.parse_certificates(data)
            if len(certs) != 1:
                raise TrustStoreError("give exactly one certificate per anchor")
            truststore.check_ca_certificate(certs[0])
        except TrustStoreError as exc:
            raise _refused(exc) from None
        (kind, name), pem = _anchor_file(certs[0])
        if session.execute(select(InstanceFile.id).where(InstanceFile.kind == kind,
                                                         InstanceFile.name == name)).first() is None:
            session.add(InstanceFile(kind=kind, name=name, content=pem))
            session.flush()
        anchor = truststore.Anchor.of(Path(name), certs[0])
    audit.record(session, "trust.add", actor=actor, object_type="trust_anchor", object_id=anchor.sha256,
                 details={"subject": anchor.subject[:200]})
    return anchor


@transactional
def remove_trust_anchor(session: Session, config: Config, sha256: str, *, actor: User | None) -> truststore.Anchor:
    """Remove an anchor from the instance trust store (shipped anchors in ``certs/`` are
    removed from the repository, not here)."""
    missing = TrustAnchorRejected(N_("No such trust anchor in the instance trust store."))
    if not _in_database(config):
        try:
            anchor = truststore.remove_anchor(instance_trust_dir(config), sha256)
        except TrustStoreError:
            raise missing from None
    else:
        wanted = sha256.lower().replace(":", "")
        row = session.execute(select(InstanceFile).where(InstanceFile.kind == _TRUST,
                                                         InstanceFile.name == f"{wanted}.pem")).scalar()
        if row is None:
            raise missing
        anchor = truststore.Anchor.of(Path(row.name), truststore.parse_certificates(bytes(row.content))[0])
        session.delete(row)
        session.flush()
    audit.record(session, "trust.remove", actor=actor, object_type="trust_anchor", object_id=anchor.sha256,
                 details={"subject": anchor.subject[:200]})
    return anchor
