"""A throwaway PKI for tests: roots, issuing CAs and leaves with any property a test needs.

Real keys and real X.509 built with ``cryptography``; nothing here is used by the product.
Leaves can be expired, not yet valid, self-signed, SHA-1 signed, without signing key usage,
RSA or ECDSA, and CAs can publish CRLs, so tests can build every case the verifier must judge.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

UTC = dt.UTC
NOW = dt.datetime.now(UTC).replace(microsecond=0)

# Adobe "Authentic Documents" EKU and the generic document-signing EKU (RFC 9336).
EKU_DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")

_RSA_CACHE: dict[int, list[rsa.RSAPrivateKey]] = {}


def new_key(kind: str = "rsa", bits: int = 2048):
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    if kind == "dsa":
        return dsa.generate_private_key(key_size=2048)
    if kind == "ed448":
        return ed448.Ed448PrivateKey.generate()
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def name(cn: str, org: str = "docflow test", title: str | None = None) -> x509.Name:
    attrs = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
    ]
    if title:
        attrs.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(attrs)


@dataclass
class Issued:
    """A certificate with its private key and the chain of CAs above it (nearest first)."""

    cert: x509.Certificate
    key: object
    chain: list[x509.Certificate] = field(default_factory=list)

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def key_pem(self) -> bytes:
        return self.key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    def pkcs12(self, password: bytes) -> bytes:
        return pkcs12.serialize_key_and_certificates(
            b"signer",
            self.key,  # type: ignore[arg-type]
            self.cert,
            self.chain or None,
            serialization.BestAvailableEncryption(password),
        )


class TestCA:
    """A CA that issues leaves and sub-CAs and keeps a revocation list."""

    __test__ = False  # not a pytest class

    def __init__(
        self,
        cn: str = "docflow Test Root",
        *,
        parent: TestCA | None = None,
        key_kind: str = "rsa",
        not_before: dt.datetime | None = None,
        not_after: dt.datetime | None = None,
        crl_url: str | None = None,
        ocsp_url: str | None = None,
    ) -> None:
        self.key = new_key(key_kind)
        self.parent = parent
        self.crl_url = crl_url
        self.ocsp_url = ocsp_url
        self.revoked: list[tuple[int, dt.datetime, x509.ReasonFlags | None]] = []
        nb = not_before or NOW - dt.timedelta(days=3650)
        na = not_after or NOW + dt.timedelta(days=3650)
        builder = (
            x509.CertificateBuilder()
            .subject_name(name(cn))
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(nb)
            .not_valid_after(na)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True, content_commitment=False, key_encipherment=False,
                    data_encipherment=False, key_agreement=False, key_cert_sign=True,
                    crl_sign=True, encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False
            )
        )
        if parent is None:
            builder = builder.issuer_name(name(cn))
            self.cert = builder.sign(self.key, hashes.SHA256())
            self.chain: list[x509.Certificate] = []
        else:
            builder = builder.issuer_name(parent.cert.subject).add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(parent.key.public_key()),
                critical=False,
            )
            builder = parent._add_distribution(builder)
            self.cert = builder.sign(parent.key, hashes.SHA256())
            self.chain = [parent.cert, *parent.chain]

    @property
    def root(self) -> x509.Certificate:
        return self.chain[-1] if self.chain else self.cert

    def _add_distribution(self, builder: x509.CertificateBuilder) -> x509.CertificateBuilder:
        if self.crl_url:
            builder = builder.add_extension(
                x509.CRLDistributionPoints([
                    x509.DistributionPoint(
                        full_name=[x509.UniformResourceIdentifier(self.crl_url)],
                        relative_name=None, reasons=None, crl_issuer=None,
                    )
                ]),
                critical=False,
            )
        if self.ocsp_url:
            builder = builder.add_extension(
                x509.AuthorityInformationAccess([
                    x509.AccessDescription(
                        x509.oid.AuthorityInformationAccessOID.OCSP,
                        x509.UniformResourceIdentifier(self.ocsp_url),
                    )
                ]),
                critical=False,
            )
        return builder

    def issue(
        self,
        cn: str,
        *,
        org: str = "Sở Nông nghiệp và Môi trường",
        title: str | None = None,
        key_kind: str = "rsa",
        not_before: dt.datetime | None = None,
        not_after: dt.datetime | None = None,
        key_usage: str = "signing",
        eku: list[x509.ObjectIdentifier] | None = None,
        hash_algorithm: hashes.HashAlgorithm | None = None,
        self_signed: bool = False,
    ) -> Issued:
        """Issue a leaf. ``key_usage``: 'signing' (digitalSignature + nonRepudiation),
        'encipherment' (keyEncipherment only: unfit for signing), 'tsa' (timeStamping EKU)."""
        key = new_key(key_kind)
        subject = name(cn, org, title)
        nb = not_before or NOW - dt.timedelta(days=30)
        na = not_after or NOW + dt.timedelta(days=730)
        signing = key_usage in ("signing", "tsa")
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject if self_signed else self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(nb)
            .not_valid_after(na)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=signing, content_commitment=key_usage == "signing",
                    key_encipherment=not signing, data_encipherment=False,
                    key_agreement=False, key_cert_sign=False, crl_sign=False,
                    encipher_only=False, decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
        )
        if key_usage == "tsa":
            builder = builder.add_extension(
                x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
            )
        elif eku is not None:
            builder = builder.add_extension(x509.ExtendedKeyUsage(eku), critical=False)
        if not self_signed:
            builder = builder.add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
            builder = self._add_distribution(builder)
        signing_key = key if self_signed else self.key
        algorithm = hash_algorithm or hashes.SHA256()
        if isinstance(algorithm, hashes.SHA1):
            # cryptography refuses SHA-1 for new certificates; sign the TBS ourselves
            cert = _sign_sha1(builder, signing_key)
        else:
            cert = builder.sign(signing_key, algorithm)
        chain = [] if self_signed else [self.cert, *self.chain]
        return Issued(cert, key, chain)

    def revoke(
        self,
        cert: x509.Certificate,
        when: dt.datetime | None = None,
        reason: x509.ReasonFlags | None = x509.ReasonFlags.key_compromise,
    ) -> None:
        self.revoked.append((cert.serial_number, when or NOW, reason))

    def crl(self, *, next_update: dt.timedelta = dt.timedelta(days=7),
            at: dt.datetime | None = None) -> x509.CertificateRevocationList:
        """The CRL as issued at ``at`` (default now): the revocations made by then."""
        dated = at is not None
        at = at or NOW
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.cert.subject)
            .last_update(at - dt.timedelta(minutes=5))
            .next_update(at + next_update)
            .add_extension(x509.CRLNumber(len(self.revoked) + 1), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
        )
        for serial, when, reason in self.revoked:
            if dated and when > at:
                continue  # not yet revoked when this CRL was issued
            entry = x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when)
            if reason is not None:
                entry = entry.add_extension(x509.CRLReason(reason), critical=False)
            builder = builder.add_revoked_certificate(entry.build())
        return builder.sign(self.key, hashes.SHA256())


def _sign_sha1(builder: x509.CertificateBuilder, key) -> x509.Certificate:
    """Build a certificate signed with SHA-1 (for 'weak algorithm' tests only)."""
    from asn1crypto import x509 as a509
    from cryptography.hazmat.primitives.asymmetric import padding

    tmp = builder.sign(key, hashes.SHA256())
    parsed = a509.Certificate.load(tmp.public_bytes(serialization.Encoding.DER))
    tbs = parsed["tbs_certificate"]
    is_rsa = isinstance(key, rsa.RSAPrivateKey)
    algo = {"algorithm": "sha1_rsa" if is_rsa else "sha1_ecdsa"}
    tbs["signature"] = algo
    tbs_der = tbs.dump(force=True)
    sig = (
        key.sign(tbs_der, padding.PKCS1v15(), hashes.SHA1())  # noqa: S303
        if is_rsa
        else key.sign(tbs_der, ec.ECDSA(hashes.SHA1()))  # noqa: S303
    )
    cert = a509.Certificate({
        "tbs_certificate": tbs, "signature_algorithm": algo, "signature_value": sig,
    })
    return x509.load_der_x509_certificate(cert.dump())


def default_pki() -> tuple[TestCA, TestCA]:
    """Root → issuing CA, the usual shape of a national CA."""
    root = TestCA("docflow Test Root")
    issuing = TestCA("docflow Test Issuing CA", parent=root)
    return root, issuing
