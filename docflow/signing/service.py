"""Sign PDF versions: PAdES baseline B-B, or B-T with a signature time-stamp.

``sign_pdf`` checks the input, appends exactly one incremental update carrying one
signature (approval, or certification when ``certify=True`` and the document is unsigned),
and returns a frozen ``SignedPdf``. ``sign_batch`` signs many documents with one signer, each
one succeeding or failing on its own. Nothing is produced when signing fails: the caller gets
a ``SigningError`` whose message says why.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from pypdf import PdfReader

from docflow.messages import N_
from docflow.pki.tsa import read_token
from docflow.signer import CertificateOnly, Signer, SignerError
from docflow.signing.appearance import Appearance, AppearanceError, render_appearance_pdf
from docflow.signing.checks import PdfFacts, open_signable
from docflow.signing.endesive_fixes import (
    CmsResult,
    EndesiveSession,
    FilledField,
    PreparedCms,
    complete,
    unique_field_name,
)
from docflow.signing.errors import (
    CertificationForbids,
    InvalidInput,
    KeyUnavailable,
    SigningError,
    TimestampUnavailable,
)
from docflow.signing.geometry import to_user_space
from docflow.signing.places import FieldFill, TextField

__all__ = ["SignedPdf", "BatchResult", "Timestamper", "PreparedSignature", "sign_pdf", "sign_batch",
           "prepare_pdf", "complete_pdf", "check_raw_signature"]

log = logging.getLogger(__name__)


class Timestamper(Protocol):
    """Anything with the RFC 3161 client's call (e.g. ``docflow.pki.tsa.HttpTimestamper``)."""

    def timestamp(self, message_imprint: bytes, hash_algorithm: str = "sha256") -> bytes: ...


@dataclass(frozen=True)
class SignedPdf:
    """A signed PDF version: the bytes and what the signature holds."""

    pdf: bytes
    field_name: str
    signed_at: dt.datetime  # aware, UTC; the /M of the signature dictionary
    sha256: str
    timestamped: bool
    timestamp_time: dt.datetime | None
    certification: int | None = None  # DocMDP /P when this is a certification signature
    timestamp_problem: str | None = None  # why a permitted B-B fallback has no time-stamp

    def to_dict(self) -> dict[str, Any]:
        """JSON form (without the PDF bytes)."""
        return {
            "field_name": self.field_name,
            "signed_at": self.signed_at.isoformat(),
            "sha256": self.sha256,
            "size": len(self.pdf),
            "timestamped": self.timestamped,
            "timestamp_time": self.timestamp_time.isoformat() if self.timestamp_time else None,
            "certification": self.certification,
            "timestamp_problem": self.timestamp_problem,
        }

    def __repr__(self) -> str:
        return (f"SignedPdf(field_name={self.field_name!r}, size={len(self.pdf)}, "
                f"sha256={self.sha256[:12]}…, timestamped={self.timestamped})")


@dataclass(frozen=True)
class BatchResult:
    """One document of a batch: the signed PDF, or the reason it was not signed."""

    key: Hashable
    signed: SignedPdf | None
    error: str | None

    @property
    def ok(self) -> bool:
        return self.signed is not None


def _check_placement(appearance: Appearance, facts: PdfFacts) -> None:
    if appearance.page > facts.page_count:
        raise InvalidInput(N_("page %(page)d does not exist; the document has %(count)d page(s)"),
                           page=appearance.page, count=facts.page_count)
    w, h = facts.page(appearance.page).size  # as displayed: CropBox, /Rotate
    x1, y1, x2, y2 = appearance.box
    slack = 0.5  # points: boxes kept on the page by geometry.fit_box round to 0.1 pt in forms
    if x1 < -slack or y1 < -slack or x2 > w + slack or y2 > h + slack:
        raise InvalidInput(N_("the signature box %(box)s lies outside page %(page)d (%(w).0f x %(h).0f pt)"),
                           box=", ".join(f"{v:.0f}" for v in appearance.box), page=appearance.page, w=w, h=h)


def sign_pdf(
    pdf: bytes,
    signer: Signer,
    *,
    appearance: Appearance | None = None,
    reason: str | None = None,
    location: str | None = None,
    timestamper: Timestamper | None = None,
    certify: bool = False,
    docmdp_permissions: int = 2,
    signing_time: dt.datetime | None = None,
    field_name: str | None = None,
    allow_without_timestamp: bool = False,
    qpdf_check: bool = False,
    text_fields: Sequence[TextField] = (),
    fills: Sequence[FieldFill] = (),
) -> SignedPdf:
    """Sign ``pdf`` with ``signer``; raise ``SigningError`` (and produce nothing) on failure.

    Every call parses the input with pypdf's strict parser and refuses what ``check_signable``
    refuses (not a PDF, encrypted, damaged, certified with P=1). ``qpdf_check=True`` also runs
    libqpdf's structure check (``intake.inspect``, in-process through pikepdf): do that for a
    file that did not enter docflow through ``intake.take_in`` (which repairs what it can;
    ``docflow sign`` runs it). It is off by default because every PDF a user signs in docflow
    is a stored, immutable version that passed ``take_in`` at upload, or a version docflow
    itself produced from one. An unexpected exception is logged with the input's SHA-256 and
    reported as an internal error, never with its own text.

    ``text_fields`` are empty read-only text fields added in the same update (where the
    number and date of an official document will go, places.py); ``fills`` fill existing
    text fields in the same update (the clerk's seal writes the number and date)."""
    if certify and docmdp_permissions not in (1, 2, 3):
        raise InvalidInput(N_("DocMDP permissions must be 1, 2 or 3"))
    when = signing_time or dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        raise InvalidInput(N_("signing time must be timezone-aware"))
    when = when.astimezone(dt.UTC).replace(microsecond=0)

    digest = _InputDigest(pdf)  # hashes in a thread while pypdf parses
    reader, facts = open_signable(pdf, qpdf=qpdf_check)
    try:
        result, field_name, timestamp_failure = _sign_checked(
            pdf, signer, facts, reader=reader, input_digest=digest.result,
            appearance=appearance, reason=reason, location=location,
            timestamper=timestamper, certify=certify, docmdp_permissions=docmdp_permissions,
            when=when, field_name=field_name, allow_without_timestamp=allow_without_timestamp,
            text_fields=text_fields, fills=fills,
        )
    finally:
        del reader  # endesive's writer edited its objects; nothing else may use it
    assert isinstance(result, CmsResult)
    return _signed(result, field_name, when, certify, docmdp_permissions, timestamp_failure)


def _signed(result: CmsResult, field_name: str, when: dt.datetime, certify: bool, docmdp_permissions: int,
            timestamp_failure: list[str]) -> SignedPdf:
    timestamp_time = None
    if result.timestamp_token is not None:
        timestamp_time = read_token(result.timestamp_token).gen_time
    return SignedPdf(
        pdf=result.pdf,  # the one copy of the input: the signed version itself
        field_name=field_name,
        signed_at=when,
        sha256=result.output_sha256,
        timestamped=result.timestamp_token is not None,
        timestamp_time=timestamp_time,
        certification=docmdp_permissions if certify else None,
        timestamp_problem=timestamp_failure[0] if timestamp_failure else None,
    )


@dataclass(frozen=True)
class PreparedSignature:
    """Phase 1 of two-phase signing: the update is written, the CMS signed attributes are
    fixed; a key elsewhere signs ``to_sign`` (``digest`` is its SHA-256, what a token's raw
    RSA/ECDSA operation needs) with the key of ``certificate``."""

    cms: PreparedCms
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    field_name: str
    signed_at: dt.datetime
    timestamped: bool  # room was kept for a time-stamp token, asked for in phase 2
    certification: int | None = None

    @property
    def to_sign(self) -> bytes:
        return self.cms.signed_attributes

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.cms.signed_attributes).digest()

    algorithm = "sha256"

    def stored(self) -> dict[str, Any]:
        """JSON state for ``restore`` (the prepared file itself is kept next to it)."""
        return {**self.cms.stored(), "field_name": self.field_name, "signed_at": self.signed_at.isoformat(),
                "timestamped": self.timestamped, "certification": self.certification}

    @classmethod
    def restore(cls, pdf: bytes, state: dict[str, Any], certificate: x509.Certificate,
                chain: Sequence[x509.Certificate]) -> PreparedSignature:
        der = serialization.Encoding.DER
        cms = PreparedCms.restore(pdf, state, certificate.public_bytes(der), [c.public_bytes(der) for c in chain])
        return cls(cms=cms, certificate=certificate, chain=tuple(chain), field_name=str(state["field_name"]),
                   signed_at=dt.datetime.fromisoformat(state["signed_at"]), timestamped=bool(state["timestamped"]),
                   certification=state.get("certification"))


def prepare_pdf(
    pdf: bytes,
    certificate: x509.Certificate,
    chain: Sequence[x509.Certificate] = (),
    *,
    timestamped: bool = False,
    appearance: Appearance | None = None,
    reason: str | None = None,
    location: str | None = None,
    certify: bool = False,
    docmdp_permissions: int = 2,
    signing_time: dt.datetime | None = None,
    field_name: str | None = None,
    qpdf_check: bool = False,
    text_fields: Sequence[TextField] = (),
    fills: Sequence[FieldFill] = (),
) -> PreparedSignature:
    """Phase 1: everything ``sign_pdf`` does before the key operation, the same checks and
    the same update; ``timestamped`` keeps room for the token ``complete_pdf`` will ask for."""
    if certify and docmdp_permissions not in (1, 2, 3):
        raise InvalidInput(N_("DocMDP permissions must be 1, 2 or 3"))
    when = signing_time or dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        raise InvalidInput(N_("signing time must be timezone-aware"))
    when = when.astimezone(dt.UTC).replace(microsecond=0)
    digest = _InputDigest(pdf)
    reader, facts = open_signable(pdf, qpdf=qpdf_check)
    try:
        result, field_name, _ = _sign_checked(
            pdf, CertificateOnly(certificate, chain), facts, reader=reader, input_digest=digest.result,
            appearance=appearance, reason=reason, location=location, timestamper=None, certify=certify,
            docmdp_permissions=docmdp_permissions, when=when, field_name=field_name,
            allow_without_timestamp=False, text_fields=text_fields, fills=fills,
            prepare_only=True, reserve_timestamp=timestamped)
    finally:
        del reader
    assert isinstance(result, PreparedCms)
    return PreparedSignature(cms=result, certificate=certificate, chain=tuple(chain), field_name=field_name,
                             signed_at=when, timestamped=timestamped,
                             certification=docmdp_permissions if certify else None)


def check_raw_signature(certificate: x509.Certificate, data: bytes, signature: bytes) -> bytes:
    """``signature`` as CMS carries it (ECDSA: DER), if it verifies over ``data`` (SHA-256)
    under the certificate's public key; otherwise ``InvalidInput``. A raw r||s ECDSA value
    (what PKCS#11 returns) is accepted and DER-encoded."""
    key = certificate.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
            return signature
        if isinstance(key, ec.EllipticCurvePublicKey):
            n = (key.curve.key_size + 7) // 8
            if len(signature) == 2 * n and signature[0] != 0x30:
                signature = encode_dss_signature(int.from_bytes(signature[:n], "big"),
                                                 int.from_bytes(signature[n:], "big"))
            key.verify(signature, data, ec.ECDSA(hashes.SHA256()))
            return signature
    except (InvalidSignature, ValueError):
        pass
    else:
        raise KeyUnavailable(N_("the certificate's key type is not supported"))
    raise InvalidInput(N_("the signature was not made with the key of the registered certificate; nothing was signed"))


def complete_pdf(prepared: PreparedSignature, signature: bytes, *, timestamper: Timestamper | None = None,
                 allow_without_timestamp: bool = False) -> SignedPdf:
    """Phase 2: check ``signature`` under the certificate, build the CMS (with a signature
    time-stamp when the preparation kept room for one and ``timestamper`` is given) and write
    it into the prepared file."""
    signature = check_raw_signature(prepared.certificate, prepared.to_sign, signature)
    failure: list[str] = []

    def fetch_timestamp(imprint: bytes) -> bytes | None:
        try:
            return timestamper.timestamp(imprint, "sha256")  # type: ignore[union-attr]
        except Exception as exc:  # any TSA client failure is reported the same way
            if not allow_without_timestamp:
                raise TimestampUnavailable(f"no time-stamp, so nothing was signed: {exc}") from exc
            failure.append(str(exc))
            return None

    if timestamper is not None and not prepared.timestamped:
        raise InvalidInput(N_("the preparation kept no room for a time-stamp; prepare the signature again"))
    try:
        result = complete(prepared.cms, signature, fetch_timestamp if timestamper is not None else None)
    except SigningError:
        raise
    except Exception as exc:
        log.exception("completing a prepared signature failed")
        raise SigningError(N_("signing failed because of an internal error (reference %(ref)s); "
                              "nothing was signed"), ref=prepared.field_name) from exc
    return _signed(result, prepared.field_name, prepared.signed_at, prepared.certification is not None,
                   prepared.certification or 2, failure)


class _InputDigest:
    """SHA-256 of the input, for big inputs computed in a thread meanwhile.

    The byte range a PDF signature covers starts with the whole input, so its hash can start
    before the update exists. hashlib releases the GIL while hashing, so on a 50 MB file the
    ~30 ms of SHA-256 overlap pypdf's parse and endesive's writer (pure Python) on another
    core; small inputs are hashed inline (a thread costs more than it saves)."""

    _THREAD_FROM = 1 << 20

    def __init__(self, data: bytes) -> None:
        self._hash = hashlib.sha256()
        self._thread: threading.Thread | None = None
        if len(data) < self._THREAD_FROM:
            self._hash.update(data)
        else:
            self._thread = threading.Thread(
                target=self._hash.update, args=(data,), name="docflow-sign-digest", daemon=True
            )
            self._thread.start()

    def result(self) -> hashlib._Hash:
        """A SHA-256 object fed with the whole input (a copy: extend it freely)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        return self._hash.copy()


def _sign_checked(
    pdf: bytes,
    signer: Signer,
    facts: PdfFacts,
    *,
    reader: PdfReader,
    input_digest: Callable[[], hashlib._Hash],
    appearance: Appearance | None,
    reason: str | None,
    location: str | None,
    timestamper: Timestamper | None,
    certify: bool,
    docmdp_permissions: int,
    when: dt.datetime,
    field_name: str | None,
    allow_without_timestamp: bool,
    text_fields: Sequence[TextField] = (),
    fills: Sequence[FieldFill] = (),
    prepare_only: bool = False,
    reserve_timestamp: bool = False,
) -> tuple[CmsResult | PreparedCms, str, list[str]]:
    if certify and (facts.signature_count or facts.docmdp_permissions is not None):
        raise CertificationForbids(
            "a certification signature must be the first signature of a document; "
            f"this one already has {facts.signature_count} signature(s)"
        )
    if field_name is None:
        field_name = unique_field_name(facts.field_names, facts.signature_count)
    elif field_name in facts.field_names:
        raise InvalidInput(f"the document already has a field named {field_name!r}")
    appearance_pdf = None
    if appearance is not None:
        _check_placement(appearance, facts)
        try:
            appearance_pdf = render_appearance_pdf(appearance)
        except AppearanceError as exc:
            raise InvalidInput(f"the signature appearance cannot be drawn: {exc}") from exc
    for spec in text_fields:
        if spec.name in facts.field_names:
            raise InvalidInput(f"the document already has a field named {spec.name!r}")
        _check_placement(Appearance(page=spec.page, box=spec.box), facts)
    filled: list[FilledField] = []
    for fill in fills:
        if fill.name not in facts.field_names:
            raise InvalidInput(f"the document has no field named {fill.name!r} to fill")
        try:
            filled.append(FilledField(fill.name, fill.value, render_appearance_pdf(fill.appearance)))
        except AppearanceError as exc:
            raise InvalidInput(f"the value of {fill.name!r} cannot be drawn: {exc}") from exc
    try:
        if signer.key_algorithm not in ("rsa", "ec"):
            raise KeyUnavailable("the signer's key type is not supported")
    except SignerError as exc:
        raise KeyUnavailable(str(exc)) from exc

    timestamp_failure: list[str] = []

    def fetch_timestamp(imprint: bytes) -> bytes | None:
        try:
            return timestamper.timestamp(imprint, "sha256")  # type: ignore[union-attr]
        except Exception as exc:  # any TSA client failure is reported the same way
            if not allow_without_timestamp:
                raise TimestampUnavailable(
                    f"no time-stamp, so nothing was signed: {exc}"
                ) from exc
            timestamp_failure.append(str(exc))
            return None  # the CMS goes out without the unsigned attribute

    rect, matrix = (to_user_space(appearance.box, facts.page(appearance.page)) if appearance
                    else (None, None))
    kwargs = dict(
        field_name=field_name,
        signing_time=when,
        reason=reason,
        location=location,
        page_index=(appearance.page - 1) if appearance else 0,
        box=rect,
        appearance_pdf=appearance_pdf,
        docmdp_permissions=docmdp_permissions if certify else None,
        form_matrix=matrix,
        text_fields=tuple(text_fields),
        fills=tuple(filled),
    )
    try:
        session = EndesiveSession(signer, timestamp=fetch_timestamp if timestamper else None,
                                  reserve_timestamp=reserve_timestamp if prepare_only else None)
        result: CmsResult | PreparedCms
        if prepare_only:
            result = session.prepare(pdf, reader=reader, input_digest=input_digest, **kwargs)
        else:
            result = session.sign(pdf, reader=reader, input_digest=input_digest, **kwargs)
    except SigningError:
        raise
    except SignerError as exc:
        raise KeyUnavailable(f"the signing key could not sign: {exc}") from exc
    except Exception as exc:  # an internal failure: logged with the file's hash, not shown
        sha = hashlib.sha256(pdf).hexdigest()
        log.exception("signing failed on sha256=%s (%d bytes)", sha, len(pdf))
        raise SigningError(N_("signing failed because of an internal error (reference %(ref)s); "
                              "nothing was signed"), ref=sha[:12]) from exc

    return result, field_name, timestamp_failure


def sign_batch(
    items: Sequence[tuple[Hashable, bytes]],
    signer: Signer,
    appearance_for: Callable[[Hashable], Appearance | None] | None = None,
    **opts: Any,
) -> list[BatchResult]:
    """Sign each document with the same signer; one failure never stops the others.

    The signer's certificate is captured at the start: if it changes mid-batch (token
    swapped), the remaining documents fail rather than be signed by someone else."""
    if "appearance" in opts:
        raise TypeError("pass appearances through appearance_for(key)")
    certificate = signer.certificate
    results: list[BatchResult] = []
    for key, pdf in items:
        if signer.certificate != certificate:
            results.append(BatchResult(key, None, "the signer's certificate changed mid-batch"))
            continue
        try:
            appearance = appearance_for(key) if appearance_for else None
            signed = sign_pdf(pdf, signer, appearance=appearance, **opts)
        except SigningError as exc:
            results.append(BatchResult(key, None, exc.message))
        except AppearanceError as exc:
            results.append(BatchResult(key, None, f"the signature appearance: {exc}"))
        else:
            results.append(BatchResult(key, signed, None))
    return results
