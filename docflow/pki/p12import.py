"""Importing a PKCS#12 (.p12/.pfx) from an external CA, with every check a clerk would expect.

``import_pkcs12(data, password, trust_anchors)`` opens the file and accepts it only if:
the password is right; it holds a private key and the matching end-entity certificate; the
key is RSA ≥ 2048 bits or ECDSA P-256/P-384; the certificate is not a CA; it is valid now;
its keyUsage allows digitalSignature or nonRepudiation (and an extendedKeyUsage, if present,
allows document signing); and a chain built from the certificates embedded in the file
reaches one of the given trust anchors, every link signed with a strong algorithm, every CA
valid now and allowed to issue. Otherwise it raises ``ImportRefused`` whose ``code`` is one
of ``REASONS`` and whose message says what is wrong in plain words.

The result holds the key in memory only: the caller encrypts it at once with the holder's PIN
(``ImportedIdentity.encrypt``) and forgets the password and the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID

from docflow.pki import keystore
from docflow.pki.ca import EKU_ADOBE_AUTHENTIC_DOCUMENTS, EKU_DOCUMENT_SIGNING
from docflow.pki.errors import ImportRefused

__all__ = ["REASONS", "SIGNING_EKUS", "ImportedIdentity", "import_pkcs12", "build_chain",
           "CheckedCertificate", "check_signing_certificate", "import_certificate"]

REASONS: dict[str, str] = {
    "not_pkcs12": "the file is not a PKCS#12 (.p12/.pfx) file",
    "wrong_password": "the password does not open this PKCS#12 file",
    "no_private_key": "the file holds no private key",
    "no_certificate": "the file holds no certificate for its key",
    "key_mismatch": "the private key does not belong to the certificate",
    "unsupported_key": "the key type or size is not accepted",
    "is_ca_certificate": "the certificate is a CA certificate, not a personal or seal one",
    "not_yet_valid": "the certificate is not valid yet",
    "expired": "the certificate has expired",
    "no_signing_key_usage": "the certificate's key usage does not allow signing documents",
    "wrong_extended_key_usage": "the certificate's extended key usage excludes document signing",
    "weak_algorithm": "a certificate in the chain is signed with a weak algorithm",
    "chain_invalid": "a certificate in the chain is not valid now or may not issue certificates",
    "untrusted": "the certificate does not chain to a trusted root",
    "not_certificate": "the file is not an X.509 certificate (PEM or DER)",
}

# EKUs that permit document signing: RFC 9336, Adobe, S/MIME (what Acrobat accepts),
# Microsoft Document Signing, and anyExtendedKeyUsage.
SIGNING_EKUS = frozenset({
    EKU_DOCUMENT_SIGNING,
    EKU_ADOBE_AUTHENTIC_DOCUMENTS,
    ExtendedKeyUsageOID.EMAIL_PROTECTION,
    x509.ObjectIdentifier("1.3.6.1.4.1.311.10.3.12"),
    ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE,
})

_STRONG_HASHES = (hashes.SHA256, hashes.SHA384, hashes.SHA512)
_MAX_DEPTH = 8


def _refuse(code: str, detail: str | None = None) -> ImportRefused:
    message = REASONS[code] + (f": {detail}" if detail else "")
    return ImportRefused(code, message)


@dataclass(frozen=True)
class ImportedIdentity:
    """A checked identity from a PKCS#12 file. ``private_key`` is never shown in reprs."""

    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]  # issuers above the leaf, nearest first, anchor last
    anchor: x509.Certificate
    key_algorithm: str  # 'rsa-2048', 'rsa-3072', 'rsa-4096', 'ec-p256', 'ec-p384'
    private_key: keystore.PrivateKey = field(repr=False, compare=False)

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    def encrypt(self, pin: str | bytes, *,
                kdf: keystore.KdfParams = keystore.ARGON2ID_DEFAULT) -> bytes:
        """The key as a docflow key blob under the holder's PIN, ready to store."""
        return keystore.encrypt_private_key(self.private_key, pin, kdf=kdf)


def _is_pfx(data: bytes) -> bool:
    """Does ``data`` at least look like a PFX structure (to tell garbage from a bad password)?"""
    try:
        from asn1crypto import pkcs12 as a_pkcs12

        pfx = a_pkcs12.Pfx.load(data)
        return pfx["version"].native in (3, "v3") and pfx["auth_safe"]["content_type"].native in (
            "data", "signed_data")
    except Exception:  # any parse failure means: not a PFX
        return False


def _key_algorithm(key: object) -> str:
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < 2048:
            raise _refuse("unsupported_key", f"RSA-{key.key_size} is too short (minimum 2048)")
        return f"rsa-{key.key_size}"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        names = {"secp256r1": "ec-p256", "secp384r1": "ec-p384"}
        if key.curve.name not in names:
            raise _refuse("unsupported_key", f"curve {key.curve.name} is not accepted")
        return names[key.curve.name]
    raise _refuse("unsupported_key", f"{type(key).__name__} keys cannot sign PDFs here")


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


def _validity_problem(cert: x509.Certificate, now: dt.datetime) -> str | None:
    if now < cert.not_valid_before_utc:
        return f"not valid before {cert.not_valid_before_utc.isoformat()}"
    if now > cert.not_valid_after_utc:
        return f"expired on {cert.not_valid_after_utc.isoformat()}"
    return None


def _check_signature_algorithm(cert: x509.Certificate) -> None:
    algorithm = cert.signature_hash_algorithm
    if not isinstance(algorithm, _STRONG_HASHES):
        name = algorithm.name if algorithm else "unknown"
        raise _refuse("weak_algorithm", f"{cert.subject.rfc4514_string()} uses {name}")


def build_chain(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    anchors: Sequence[x509.Certificate],
    *,
    now: dt.datetime | None = None,
) -> tuple[x509.Certificate, ...]:
    """Issuers from ``leaf`` up to a trust anchor (nearest first, anchor last), or refuse.

    Intermediates come from the file only; each link is checked by signature, each CA on the
    way must be a CA (basicConstraints, keyCertSign, path length) and valid at ``now``.
    """
    now = now or dt.datetime.now(dt.UTC)
    anchor_keys = {(keystore.public_key_der(a.public_key()), a.subject.public_bytes()): a for a in anchors}
    problems: list[tuple[str, str]] = []
    # checked before the signatures: cryptography will not even verify a SHA-1 signature
    _check_signature_algorithm(leaf)

    def issued_by(child: x509.Certificate, parent: x509.Certificate) -> bool:
        if child.issuer != parent.subject:
            return False
        try:
            child.verify_directly_issued_by(parent)
        except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
            return False
        return True

    def walk(cert: x509.Certificate, path: list[x509.Certificate]) -> list[x509.Certificate]:
        if len(path) > _MAX_DEPTH:
            return []
        for anchor in anchors:
            if issued_by(cert, anchor):
                return [*path, anchor]
        for ca in intermediates:
            if ca in path or ca == cert or cert.issuer != ca.subject:
                continue
            if not issued_by(cert, ca):
                problems.append(("untrusted", f"the signature of "
                                 f"{cert.subject.rfc4514_string()} does not verify"))
                continue
            key = (keystore.public_key_der(ca.public_key()), ca.subject.public_bytes())
            if key in anchor_keys:  # the file carries the anchor itself (or a cross copy)
                return [*path, anchor_keys[key]]
            problem = _ca_problem(ca, now, len(path))
            if problem:
                problems.append(("chain_invalid", problem))
                continue
            try:
                _check_signature_algorithm(ca)
            except ImportRefused as exc:
                problems.append((exc.code, exc.message))
                continue
            found = walk(ca, [*path, ca])
            if found:
                return found
        return []

    path = walk(leaf, [])
    if not path:
        if problems:
            code, detail = problems[0]
            if code == "weak_algorithm":  # the message already says everything
                raise ImportRefused(code, detail)
            raise _refuse(code, detail)
        raise _refuse("untrusted", f"issuer {leaf.issuer.rfc4514_string()} is not trusted")
    return tuple(path)


def _ca_problem(ca: x509.Certificate, now: dt.datetime, below: int) -> str | None:
    """Why ``ca`` cannot be an intermediate with ``below`` intermediates under it, or None."""
    name = ca.subject.rfc4514_string()
    try:
        bc = ca.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return f"{name} is not a CA"
    if not bc.ca:
        return f"{name} is not a CA"
    if bc.path_length is not None and below > bc.path_length:
        return f"{name} path length constraint exceeded"
    try:
        if not ca.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign:
            return f"{name} may not sign certificates"
    except x509.ExtensionNotFound:
        pass
    validity = _validity_problem(ca, now)
    return f"{name} is {validity}" if validity else None


def import_pkcs12(
    data: bytes,
    password: str | bytes | None,
    trust_anchors: Sequence[x509.Certificate],
    *,
    now: dt.datetime | None = None,
) -> ImportedIdentity:
    """Open and check a PKCS#12 file; ``ImportRefused`` with a clear reason otherwise."""
    now = now or dt.datetime.now(dt.UTC)
    pw = password.encode("utf-8") if isinstance(password, str) else password
    try:
        bundle = pkcs12.load_pkcs12(data, pw or None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise _refuse("wrong_password" if _is_pfx(data) else "not_pkcs12") from None

    key = bundle.key
    if key is None:
        raise _refuse("no_private_key")
    extra = [c.certificate for c in bundle.additional_certs]
    leaf = bundle.cert.certificate if bundle.cert else None
    if leaf is None:
        # some tools put the leaf among the "additional" certificates: find it by key
        leaf = next((c for c in extra if keystore.same_public_key(c.public_key(), key.public_key())), None)
        if leaf is None:
            raise _refuse("no_certificate")
    if not keystore.same_public_key(leaf.public_key(), key.public_key()):
        raise _refuse("key_mismatch")
    algorithm = _key_algorithm(key)
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):  # _key_algorithm refused the rest
        raise _refuse("unsupported_key", f"{type(key).__name__} keys cannot sign PDFs here")
    chain = check_signing_certificate(leaf, [c for c in extra if c != leaf], trust_anchors, now=now)
    return ImportedIdentity(leaf, chain, chain[-1], algorithm, key)


def check_signing_certificate(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    trust_anchors: Sequence[x509.Certificate],
    *,
    now: dt.datetime | None = None,
) -> tuple[x509.Certificate, ...]:
    """The checks of a signer's certificate, with or without its key: not a CA, valid now,
    keyUsage and extendedKeyUsage for signing documents, a chain to a trust anchor (returned,
    nearest first, anchor last); ``ImportRefused`` otherwise."""
    now = now or dt.datetime.now(dt.UTC)
    if _is_ca(leaf):
        raise _refuse("is_ca_certificate")
    if now < leaf.not_valid_before_utc:
        raise _refuse("not_yet_valid", f"valid from {leaf.not_valid_before_utc.isoformat()}")
    if now > leaf.not_valid_after_utc:
        raise _refuse("expired", f"expired on {leaf.not_valid_after_utc.isoformat()}")
    try:
        ku = leaf.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise _refuse("no_signing_key_usage", "the certificate has no keyUsage") from None
    if not (ku.digital_signature or ku.content_commitment):
        raise _refuse("no_signing_key_usage",
                      "neither digitalSignature nor nonRepudiation is set")
    try:
        eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound:
        eku = None
    if eku is not None and not SIGNING_EKUS.intersection(eku):
        raise _refuse("wrong_extended_key_usage",
                      ", ".join(oid.dotted_string for oid in eku))
    return build_chain(leaf, intermediates, trust_anchors, now=now)


@dataclass(frozen=True)
class CheckedCertificate:
    """A signer's certificate without its key (the key stays on the holder's token)."""

    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]  # issuers above the leaf, nearest first, anchor last
    anchor: x509.Certificate
    key_algorithm: str


def import_certificate(
    data: bytes,
    trust_anchors: Sequence[x509.Certificate],
    *,
    now: dt.datetime | None = None,
) -> CheckedCertificate:
    """A certificate file (PEM, possibly with its intermediates after it, or DER), checked as
    ``check_signing_certificate`` does; ``ImportRefused`` (code ``not_certificate`` among
    them) otherwise."""
    try:
        certs = (x509.load_pem_x509_certificates(data) if b"-----BEGIN" in data
                 else [x509.load_der_x509_certificate(data)])
    except ValueError:
        raise ImportRefused("not_certificate", REASONS["not_certificate"]) from None
    leaves = [c for c in certs if not _is_ca(c)]
    if not leaves:
        raise _refuse("is_ca_certificate")
    leaf = leaves[0]
    key = leaf.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        if key.key_size < 2048:
            raise _refuse("unsupported_key", f"RSA-{key.key_size} is too short (minimum 2048)")
        algorithm = f"rsa-{key.key_size}"
    elif isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name in ("secp256r1", "secp384r1"):
        algorithm = {"secp256r1": "ec-p256", "secp384r1": "ec-p384"}[key.curve.name]
    else:
        raise _refuse("unsupported_key", f"{type(key).__name__} keys cannot sign PDFs here")
    chain = check_signing_certificate(leaf, [c for c in certs if c != leaf], trust_anchors, now=now)
    return CheckedCertificate(leaf, chain, chain[-1], algorithm)
