"""Signed PDFs and stored versions for the auditor's pages (also used by the access matrix)."""

from __future__ import annotations

import functools

from cryptography.hazmat.primitives import serialization

from docflow.models import (
    Delivery,
    DeliveryStatus,
    DocType,
    Document,
    DocumentFile,
    FileRole,
    FileVersion,
    User,
)
from docflow.signing import SoftwareSigner, sign_pdf
from docflow.storage import FileBlobStore
from tests.support.pdfs import official_letter
from tests.support.pki import TestCA


class Pki:
    """Root → issuing CA → a leader; a foreign root for the untrusted case."""

    def __init__(self) -> None:
        self.root = TestCA("docflow Audit Test Root")
        self.ca = TestCA("docflow Audit Test Issuing CA", parent=self.root)
        self.leader = self.ca.issue("Nguyễn Văn Nghĩa", title="Phó Giám đốc")
        self.letter = official_letter()

    def root_pem(self) -> bytes:
        return self.root.cert.public_bytes(serialization.Encoding.PEM)

    def sign(self, data: bytes | None = None, who=None) -> bytes:
        who = who or self.leader
        signer = SoftwareSigner(who.key, who.cert, who.chain)
        return sign_pdf(data or self.letter, signer, allow_without_timestamp=True, qpdf_check=False).pdf


@functools.cache
def pki() -> Pki:
    return Pki()


@functools.cache
def signed_letter() -> bytes:
    return pki().sign()


def trust_test_root(config) -> None:
    """Put the test root into the installation's trust store (certs/ of this test)."""
    config.trust_dir.mkdir(parents=True, exist_ok=True)
    (config.trust_dir / "audit-test-root.pem").write_bytes(pki().root_pem())


def make_version(db, config, author: User, data: bytes, *, filename: str = "cong-van.pdf") -> FileVersion:
    """A document of ``author``'s agency whose main file has one version holding ``data``."""
    sha = FileBlobStore(config.blob_dir).put(data)
    doc = Document(agency_id=author.agency_id, unit_id=author.unit_id, created_by_id=author.id,
                   doc_type=DocType.CV, subject="V/v kiểm tra chữ ký số")
    file = DocumentFile(role=FileRole.MAIN, position=0, filename=filename)
    version = FileVersion(seq=1, sha256=sha, size=len(data), reason="upload", created_by_id=author.id)
    file.versions.append(version)
    doc.files.append(file)
    db.add(doc)
    db.commit()
    return version


def make_delivery(db, version: FileVersion, recipient_agency_id: int, report: dict) -> Delivery:
    delivery = Delivery(document_id=version.file.document_id, recipient_agency_id=recipient_agency_id,
                        status=DeliveryStatus.RECEIVED, verdict=report["verdict"], verification=report,
                        verified_sha256=version.sha256)
    db.add(delivery)
    db.commit()
    return delivery
