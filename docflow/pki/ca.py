"""The development CA: a root and an issuing CA that docflow runs for itself.

On first run ``DevCA.load_or_create`` generates both CA keys under the instance folder,
encrypted with the app's CA passphrase (``keystore`` envelope, memory-hard KDF), writes the
certificates next to them and adds the root to the instance trust directory. It is never
committed (``instance/`` is git-ignored) and a production deployment uses a real CA instead.

The issuing CA issues:
* personal signing certificates (``issue_personal``): CN = the person, title, unit, agency;
* agency seal certificates (``issue_seal``): the subject is the agency itself;
* delegated OCSP responder certificates (``issue_ocsp_responder``).
Leaves get keyUsage digitalSignature + nonRepudiation (critical), extendedKeyUsage
id-kp-documentSigning (RFC 9336) + Adobe Authentic Documents, a CRL distribution point
``{base_url}/pki/crl/<ca>.crl`` and AIA with OCSP ``{base_url}/pki/ocsp`` and caIssuers
``{base_url}/pki/ca/<ca>.crt`` — routes the app must serve.

Certificates are issued for a public key the caller supplies (from a software key, or from a
key generated inside a PKCS#11 token), so private keys of users never pass through here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import AuthorityInformationAccessOID, ExtendedKeyUsageOID, NameOID

from docflow.pki import keystore
from docflow.pki.errors import CaError, WrongPin
from docflow.pki.revocation import (
    CertificateStatus,
    OcspAuthority,
    Revocation,
    build_crl,
    respond_ocsp,
)

__all__ = [
    "ORGAN_ID_PREFIX",
    "EKU_DOCUMENT_SIGNING",
    "EKU_ADOBE_AUTHENTIC_DOCUMENTS",
    "PersonIdentity",
    "AgencyIdentity",
    "CertificateAuthority",
    "DevCA",
]

# RFC 9336 id-kp-documentSigning, and Adobe's "Authentic Documents" EKU that Acrobat accepts.
EKU_DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")
EKU_ADOBE_AUTHENTIC_DOCUMENTS = x509.ObjectIdentifier("1.2.840.113583.1.1.5")
# the UID prefix of an agency seal's edXML OrganId (mã định danh điện tử)
ORGAN_ID_PREFIX = "MDDT:"

PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey
CaKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey

_ROOT_DAYS = 20 * 365
_ISSUING_DAYS = 10 * 365
_BACKDATE = dt.timedelta(minutes=5)  # tolerate small clock skew at relying parties


@dataclass(frozen=True)
class PersonIdentity:
    """Who a personal signing certificate names."""

    full_name: str
    title: str
    agency: str
    unit: str | None = None
    province: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class AgencyIdentity:
    """The agency an agency seal certificate names."""

    name: str
    parent: str | None = None  # e.g. "Ủy ban nhân dân tỉnh Đồng Nai"
    province: str | None = None
    email: str | None = None
    organ_id: str | None = None  # its edXML OrganId ("000.00.31.H55"), when it has one


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _check_public_key(public_key: object) -> PublicKey:
    if isinstance(public_key, rsa.RSAPublicKey):
        if public_key.key_size < 2048:
            raise CaError("RSA keys must have at least 2048 bits")
        return public_key
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        if not isinstance(public_key.curve, ec.SECP256R1 | ec.SECP384R1):
            raise CaError("EC keys must be on P-256 or P-384")
        return public_key
    raise CaError("only RSA and ECDSA public keys can be certified")


def _ca_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True, content_commitment=False, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
        encipher_only=False, decipher_only=False,
    )


def _signing_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )


class CertificateAuthority:
    """One CA: its certificate, its key (held in memory), and where it publishes."""

    def __init__(self, slug: str, certificate: x509.Certificate, key: CaKey) -> None:
        self.slug = slug
        self.certificate = certificate
        self._key = key

    def __repr__(self) -> str:
        return f"CertificateAuthority({self.slug!r}, {self.certificate.subject.rfc4514_string()!r})"

    @property
    def key(self) -> CaKey:
        return self._key

    def sign_builder(self, builder: x509.CertificateBuilder) -> x509.Certificate:
        return builder.sign(self._key, hashes.SHA256())

    def crl(self, revocations: Iterable[Revocation], *, number: int,
            this_update: dt.datetime | None = None,
            validity: dt.timedelta = dt.timedelta(days=7)) -> bytes:
        """A fresh DER CRL for this CA."""
        return build_crl(self.certificate, self._key, revocations, number=number,
                         this_update=this_update, validity=validity)

    def ocsp_authority(self, status_of: Callable[[int], CertificateStatus],
                       responder: tuple[x509.Certificate, CaKey] | None = None) -> OcspAuthority:
        cert, key = responder or (self.certificate, self._key)
        return OcspAuthority(self.certificate, status_of, cert, key)


class DevCA:
    """The development root → issuing CA pair, with URLs under ``base_url``."""

    ROOT_FILE = "root"
    ISSUING_FILE = "issuing"

    def __init__(self, root: CertificateAuthority, issuing: CertificateAuthority,
                 base_url: str) -> None:
        self.root = root
        self.issuing = issuing
        self.base_url = base_url.rstrip("/")

    def __repr__(self) -> str:
        return f"DevCA(root={self.root!r}, issuing={self.issuing!r})"

    # ---- URLs the app must serve -------------------------------------------------------
    def crl_url(self, slug: str) -> str:
        return f"{self.base_url}/pki/crl/{slug}.crl"

    @property
    def ocsp_url(self) -> str:
        return f"{self.base_url}/pki/ocsp"

    def ca_issuers_url(self, slug: str) -> str:
        return f"{self.base_url}/pki/ca/{slug}.crt"

    @property
    def chain(self) -> tuple[x509.Certificate, x509.Certificate]:
        """Issuing CA then root: what a leaf's signer carries."""
        return (self.issuing.certificate, self.root.certificate)

    # ---- creation / loading -----------------------------------------------------------
    @classmethod
    def create(cls, base_url: str, *, key_algorithm: str = "rsa-3072",
               organization: str = "docflow Development CA",
               now: dt.datetime | None = None) -> DevCA:
        """A brand-new CA pair in memory (``load_or_create`` persists it)."""
        now = now or _now()
        if not base_url.startswith(("http://", "https://")):
            raise CaError("the base URL must be an http(s) URL")
        base = base_url.rstrip("/")

        def ca_name(cn: str) -> x509.Name:
            return x509.Name([
                x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                x509.NameAttribute(NameOID.COMMON_NAME, cn),
            ])

        root_key = keystore.generate_private_key(key_algorithm)
        root_name = ca_name(f"{organization} Root")
        root_cert = (
            x509.CertificateBuilder()
            .subject_name(root_name).issuer_name(root_name)
            .public_key(root_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _BACKDATE)
            .not_valid_after(now + dt.timedelta(days=_ROOT_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=1), critical=True)
            .add_extension(_ca_key_usage(), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()),
                           critical=False)
            .sign(root_key, hashes.SHA256())
        )
        root = CertificateAuthority(cls.ROOT_FILE, root_cert, root_key)
        issuing_key = keystore.generate_private_key(key_algorithm)
        builder = (
            x509.CertificateBuilder()
            .subject_name(ca_name(f"{organization} Issuing CA"))
            .not_valid_before(now - _BACKDATE)
            .not_valid_after(now + dt.timedelta(days=_ISSUING_DAYS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_ca_key_usage(), critical=True)
        )
        ca = cls(root, root, base)  # issuing not known yet; only root issues here
        issuing_cert = ca._issue(root, builder, issuing_key.public_key())
        return cls(root, CertificateAuthority(cls.ISSUING_FILE, issuing_cert, issuing_key), base)

    @classmethod
    def load(cls, directory: str | os.PathLike[str], passphrase: str | bytes,
             base_url: str) -> DevCA:
        """Open an existing CA directory; ``WrongPin`` becomes a ``CaError``."""
        path = Path(directory)
        try:
            cas = [cls._load_one(path, slug, passphrase)
                   for slug in (cls.ROOT_FILE, cls.ISSUING_FILE)]
        except WrongPin:
            raise CaError("the CA passphrase does not open the development CA keys") from None
        except FileNotFoundError as exc:
            raise CaError(f"the development CA is incomplete: {exc.filename}") from None
        return cls(cas[0], cas[1], base_url)

    @staticmethod
    def _load_one(path: Path, slug: str, passphrase: str | bytes) -> CertificateAuthority:
        return DevCA._open_one(slug, (path / f"{slug}.pem").read_bytes(),
                               (path / f"{slug}.key.enc").read_bytes(), passphrase)

    @staticmethod
    def _open_one(slug: str, cert_pem: bytes, key_blob: bytes, passphrase: str | bytes) -> CertificateAuthority:
        cert = x509.load_pem_x509_certificate(cert_pem)
        key = keystore.unlock(key_blob, passphrase)
        if not keystore.same_public_key(key.public_key(), cert.public_key()):
            raise CaError(f"the {slug} CA key does not match its certificate")
        return CertificateAuthority(slug, cert, key)

    FILE_NAMES = tuple(f"{slug}{ext}" for slug in (ROOT_FILE, ISSUING_FILE) for ext in (".pem", ".key.enc"))

    @classmethod
    def from_files(cls, files: dict[str, bytes], passphrase: str | bytes, base_url: str) -> DevCA:
        """Open the CA from its files as ``files_of`` made them (``root.pem``,
        ``root.key.enc``, ``issuing.pem``, ``issuing.key.enc``), e.g. read from the database."""
        missing = [name for name in cls.FILE_NAMES if name not in files]
        if missing:
            raise CaError(f"the development CA is incomplete: {', '.join(missing)}")
        try:
            cas = [cls._open_one(slug, files[f"{slug}.pem"], files[f"{slug}.key.enc"], passphrase)
                   for slug in (cls.ROOT_FILE, cls.ISSUING_FILE)]
        except WrongPin:
            raise CaError("the CA passphrase does not open the development CA keys") from None
        return cls(cas[0], cas[1], base_url)

    def files_of(self, passphrase: str | bytes, *, kdf: keystore.KdfParams = keystore.ARGON2ID_DEFAULT,
                 ) -> dict[str, bytes]:
        """The CA as files: certificates in PEM, keys only encrypted under ``passphrase``."""
        files: dict[str, bytes] = {}
        for auth in (self.root, self.issuing):
            files[f"{auth.slug}.pem"] = auth.certificate.public_bytes(serialization.Encoding.PEM)
            files[f"{auth.slug}.key.enc"] = keystore.encrypt_private_key(auth.key, passphrase, kdf=kdf)
        return files

    @classmethod
    def load_or_create(
        cls,
        directory: str | os.PathLike[str],
        passphrase: str | bytes,
        base_url: str,
        *,
        key_algorithm: str = "rsa-3072",
        organization: str = "docflow Development CA",
        trust_dir: str | os.PathLike[str] | None = None,
        kdf: keystore.KdfParams = keystore.ARGON2ID_DEFAULT,
    ) -> DevCA:
        """Load the CA from ``directory`` or, on first run, create it there.

        Keys are written only encrypted under ``passphrase`` (the app's CA passphrase, from
        the environment or the instance secret). Creation happens in a private temporary
        directory renamed into place, so two workers starting at once end with one CA.
        With ``trust_dir`` the root is added to that trust directory.
        """
        if not passphrase:
            raise CaError("a CA passphrase is required (set DOCFLOW_CA_PASSPHRASE)")
        path = Path(directory)
        if not (path / f"{cls.ISSUING_FILE}.pem").exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            ca = cls.create(base_url, key_algorithm=key_algorithm, organization=organization)
            tmp = path.parent / f".{path.name}.tmp-{secrets.token_hex(6)}"
            tmp.mkdir(mode=0o700)
            try:
                for auth in (ca.root, ca.issuing):
                    _write(tmp / f"{auth.slug}.pem",
                           auth.certificate.public_bytes(serialization.Encoding.PEM), 0o644)
                    _write(tmp / f"{auth.slug}.key.enc",
                           keystore.encrypt_private_key(auth.key, passphrase, kdf=kdf), 0o600)
                # another process may have won the race (rename fails): then load theirs
                with contextlib.suppress(OSError):
                    tmp.rename(path)
            finally:
                if tmp.exists():
                    shutil.rmtree(tmp)
        ca = cls.load(path, passphrase, base_url)
        if trust_dir is not None:
            from docflow.pki import truststore

            truststore.add_anchor(trust_dir, ca.root.certificate)
        return ca

    # ---- issuing ----------------------------------------------------------------------
    def _issue(self, issuer: CertificateAuthority, builder: x509.CertificateBuilder,
               public_key: PublicKey) -> x509.Certificate:
        """Add what every issued certificate carries, and sign."""
        issuer_cert = issuer.certificate
        builder = (
            builder.issuer_name(issuer_cert.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
                critical=False,
            )
            .add_extension(
                x509.CRLDistributionPoints([
                    x509.DistributionPoint(
                        full_name=[x509.UniformResourceIdentifier(self.crl_url(issuer.slug))],
                        relative_name=None, reasons=None, crl_issuer=None,
                    )
                ]),
                critical=False,
            )
            .add_extension(
                x509.AuthorityInformationAccess([
                    x509.AccessDescription(AuthorityInformationAccessOID.OCSP,
                                           x509.UniformResourceIdentifier(self.ocsp_url)),
                    x509.AccessDescription(
                        AuthorityInformationAccessOID.CA_ISSUERS,
                        x509.UniformResourceIdentifier(self.ca_issuers_url(issuer.slug)),
                    ),
                ]),
                critical=False,
            )
        )
        return issuer.sign_builder(builder)

    def _leaf_builder(self, subject: x509.Name, valid_days: int,
                      not_before: dt.datetime | None) -> x509.CertificateBuilder:
        start = (not_before or _now()) - _BACKDATE
        # a leaf must not outlive its issuer (RFC 5280 path validation would reject it later)
        end = min(start + _BACKDATE + dt.timedelta(days=valid_days),
                  self.issuing.certificate.not_valid_after_utc)
        if valid_days <= 0 or end <= start:
            raise CaError("the validity period is empty")
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .not_valid_before(start)
            .not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        )

    def _signing_leaf(self, subject: x509.Name, public_key: object, email: str | None,
                      valid_days: int, not_before: dt.datetime | None) -> x509.Certificate:
        key = _check_public_key(public_key)
        builder = (
            self._leaf_builder(subject, valid_days, not_before)
            .add_extension(_signing_key_usage(), critical=True)
            .add_extension(
                x509.ExtendedKeyUsage([EKU_DOCUMENT_SIGNING, EKU_ADOBE_AUTHENTIC_DOCUMENTS]),
                critical=False,
            )
        )
        if email:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
            )
        return self._issue(self.issuing, builder, key)

    def issue_personal(self, public_key: object, person: PersonIdentity, *,
                       valid_days: int = 730,
                       not_before: dt.datetime | None = None) -> x509.Certificate:
        """A personal signing certificate for ``person``'s ``public_key``."""
        attrs = [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        ]
        if person.province:
            attrs.append(x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, person.province))
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, person.agency))
        if person.unit:
            attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, person.unit))
        attrs += [
            x509.NameAttribute(NameOID.TITLE, person.title),
            x509.NameAttribute(NameOID.COMMON_NAME, person.full_name),
        ]
        return self._signing_leaf(x509.Name(attrs), public_key, person.email, valid_days,
                                  not_before)

    def issue_seal(self, public_key: object, agency: AgencyIdentity, *,
                   valid_days: int = 1095,
                   not_before: dt.datetime | None = None) -> x509.Certificate:
        """An agency seal certificate: the subject is the agency itself."""
        attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
        if agency.province:
            attrs.append(x509.NameAttribute(NameOID.STATE_OR_PROVINCE_NAME, agency.province))
        if agency.parent:
            attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, agency.parent))
        attrs += [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, agency.name),
            x509.NameAttribute(NameOID.COMMON_NAME, agency.name),
        ]
        if agency.organ_id:
            # the way Vietnamese CAs name an organisation's identifiers in its certificate, a
            # prefixed UID ("MST:" tax code, "MNS:" budget code): here the electronic
            # identifier on the document exchange axis (mã định danh điện tử, Decision
            # 20/2020/QĐ-TTg), so that a receiving system binds the seal to the OrganId a
            # package names (docflow.workflow.sender.organ_ids_in_subject)
            attrs.append(x509.NameAttribute(NameOID.USER_ID, f"{ORGAN_ID_PREFIX}{agency.organ_id}"))
        return self._signing_leaf(x509.Name(attrs), public_key, agency.email, valid_days,
                                  not_before)

    def issue_ocsp_responder(self, public_key: object, *, valid_days: int = 30,
                             issuer: str = ISSUING_FILE) -> x509.Certificate:
        """A delegated OCSP responder certificate (EKU OCSPSigning + ocsp-nocheck)."""
        auth = self.root if issuer == self.ROOT_FILE else self.issuing
        key = _check_public_key(public_key)
        subject = x509.Name([
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME,
                               auth.certificate.subject.get_attributes_for_oid(
                                   NameOID.ORGANIZATION_NAME)[0].value),
            x509.NameAttribute(NameOID.COMMON_NAME, f"OCSP responder ({auth.slug})"),
        ])
        builder = (
            self._leaf_builder(subject, valid_days, None)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True, content_commitment=False, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=False,
                    crl_sign=False, encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.OCSP_SIGNING]),
                           critical=False)
            .add_extension(x509.OCSPNoCheck(), critical=False)
        )
        return self._issue(auth, builder, key)

    # ---- revocation -------------------------------------------------------------------
    def authority(self, slug: str) -> CertificateAuthority:
        if slug == self.ROOT_FILE:
            return self.root
        if slug == self.ISSUING_FILE:
            return self.issuing
        raise CaError(f"no CA called {slug!r}")

    def crl(self, slug: str, revocations: Iterable[Revocation], *, number: int,
            this_update: dt.datetime | None = None,
            validity: dt.timedelta = dt.timedelta(days=7)) -> bytes:
        """A fresh DER CRL of CA ``slug`` ('root' or 'issuing') listing ``revocations``."""
        return self.authority(slug).crl(revocations, number=number, this_update=this_update,
                                        validity=validity)

    def ocsp_response(
        self,
        request_der: bytes,
        status_of: Callable[[str, int], CertificateStatus],
        *,
        responder: tuple[x509.Certificate, CaKey] | None = None,
        now: dt.datetime | None = None,
    ) -> bytes:
        """Answer an OCSP request about a certificate of either CA.

        ``status_of(ca_slug, serial)`` is the app's lookup. ``responder`` is an optional
        delegated responder (certificate, key) issued by the issuing CA; the root's answers
        (about the issuing CA certificate) are always signed by the root itself.
        """
        authorities = [
            self.issuing.ocsp_authority(lambda s: status_of(self.ISSUING_FILE, s), responder),
            self.root.ocsp_authority(lambda s: status_of(self.ROOT_FILE, s)),
        ]
        return respond_ocsp(request_der, authorities, now=now)


def _write(path: Path, data: bytes, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
