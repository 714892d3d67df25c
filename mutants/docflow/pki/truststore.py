"""Trust anchors kept as PEM files in a directory.

docflow reads anchors from ``certs/`` in the repository (the ones it ships with, e.g. a
national root) and from the instance's own trust directory (the development CA root, roots an
administrator added). Each anchor is one file ``<sha256 fingerprint>.pem`` holding one CA
certificate; any other ``*.pem``/``*.crt``/``*.cer`` file in the directory is read as well
(PEM or DER, possibly several PEM certificates), so an administrator can simply drop a root
there. Non-certificate files (README.md) are ignored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from docflow.pki.errors import TrustStoreError

__all__ = [
    "Anchor",
    "fingerprint",
    "CERT_SUFFIXES",
    "parse_certificates",
    "check_ca_certificate",
    "list_anchors",
    "add_anchor",
    "remove_anchor",
    "load_anchors",
]

CERT_SUFFIXES = (".pem", ".crt", ".cer", ".der")


@dataclass(frozen=True)
class Anchor:
    """One trust anchor and the file it came from."""

    path: Path
    certificate: x509.Certificate
    sha256: str  # hex fingerprint, lower case
    subject: str
    not_after: str  # ISO 8601, UTC

    @classmethod
    def of(cls, path: Path, cert: x509.Certificate) -> Anchor:
        return cls(path, cert, fingerprint(cert), cert.subject.rfc4514_string(),
                   cert.not_valid_after_utc.isoformat())


def fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def parse_certificates(data: bytes) -> list[x509.Certificate]:
    """All certificates in ``data`` (one or more PEM blocks, or a single DER)."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise TrustStoreError(f"not an X.509 certificate: {exc}") from None


def check_ca_certificate(cert: x509.Certificate) -> None:
    """Refuse anything that cannot act as a trust anchor (a CA certificate)."""
    try:
        bc = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        raise TrustStoreError("not a CA certificate: it has no basicConstraints") from None
    if not bc.ca:
        raise TrustStoreError("not a CA certificate: basicConstraints says cA=false")
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        ku = None
    if ku is not None and not ku.key_cert_sign:
        raise TrustStoreError("not a CA certificate: its key usage does not allow keyCertSign")


def list_anchors(directory: str | os.PathLike[str]) -> list[Anchor]:
    """The anchors in ``directory`` (sorted by subject); unreadable files raise."""
    path = Path(directory)
    if not path.is_dir():
        return []
    anchors: list[Anchor] = []
    for file in sorted(path.iterdir()):
        if not file.is_file() or file.suffix.lower() not in CERT_SUFFIXES:
            continue
        try:
            certs = parse_certificates(file.read_bytes())
        except TrustStoreError as exc:
            raise TrustStoreError(f"{file.name}: {exc.message}") from None
        anchors.extend(Anchor.of(file, cert) for cert in certs)
    anchors.sort(key=lambda a: (a.subject, a.sha256))
    return anchors


def load_anchors(*directories: str | os.PathLike[str]) -> list[x509.Certificate]:
    """Every anchor from every directory, each certificate once."""
    seen: dict[str, x509.Certificate] = {}
    for directory in directories:
        for anchor in list_anchors(directory):
            seen.setdefault(anchor.sha256, anchor.certificate)
    return list(seen.values())


def add_anchor(directory: str | os.PathLike[str],
               certificate: x509.Certificate | bytes) -> Anchor:
    """Validate and store one CA certificate; adding the same one twice is a no-op."""
    if isinstance(certificate, bytes):
        certs = parse_certificates(certificate)
        if len(certs) != 1:
            raise TrustStoreError("give exactly one certificate per anchor")
        certificate = certs[0]
    check_ca_certificate(certificate)
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    target = path / f"{fingerprint(certificate)}.pem"
    if not target.exists():
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        tmp.replace(target)
    return Anchor.of(target, certificate)


def remove_anchor(directory: str | os.PathLike[str], sha256: str) -> Anchor:
    """Remove the anchor with that SHA-256 fingerprint (its whole file); raises if absent."""
    wanted = sha256.lower().replace(":", "")
    for anchor in list_anchors(directory):
        if anchor.sha256 == wanted:
            others = [a for a in list_anchors(directory)
                      if a.path == anchor.path and a.sha256 != wanted]
            if others:
                # several certificates in one bundle file: rewrite it without this one
                anchor.path.write_bytes(b"".join(
                    a.certificate.public_bytes(serialization.Encoding.PEM) for a in others))
            else:
                anchor.path.unlink()
            return anchor
    raise TrustStoreError(f"no trust anchor with fingerprint {wanted}")
