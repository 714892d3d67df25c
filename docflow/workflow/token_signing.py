"""Two-phase signing: the key stays on the signer's own token (issue 23).

``prepare`` (phase 1) does everything the server-side signature does up to the key operation
(the checks, the appearance, the update with an empty /Contents, the CMS signed attributes)
and keeps it in a ``SigningPreparation`` bound to the document's revision and file version,
the signer and the certificate, for ``ctx.preparation_ttl``. docflow-agent, on the signer's
computer, fetches it, shows what is signed, and the token signs the digest. ``complete``
(phase 2) accepts that signature once: it must verify under the registered certificate; the
CMS is built (signature time-stamp as on the server path), written in, the result verified
by docflow's verifier and stored through the same code path as a signature with a key in
docflow (``outgoing.record_leader_signature``). ``prepare_seal`` does the same for the agency's
seal at issuance: one prepared signature per file (the main file with the number and date
filled, each attachment's stamp), the register number peeked in phase 1 and taken in phase 2
(``outgoing.record_issue``), so a refusal never leaves a gap.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Sequence

from cryptography.hazmat.primitives import serialization
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..messages import N_, DomainError
from ..models import Document, PreparationStatus, SigningPreparation, Unit, User
from ..signing import SigningError
from ..signing.service import PreparedSignature, complete_pdf, prepare_pdf
from ..uow import record_failure, transactional
from ..verification import verify_pdf
from .context import WorkflowContext
from .errors import SigningFailed, StaleRevision, WorkflowError
from .outgoing import (
    Placement,
    check_may_issue,
    check_may_sign,
    get_document,
    leader_signature,
    notation_for,
    record_issue,
    record_leader_signature,
    seal_jobs,
)

__all__ = ["PreparationNotFound", "PreparationRefused", "prepare", "prepare_seal", "complete", "cancel", "pending",
           "get_preparation", "describe", "outcome", "KIND_SIGNATURE", "KIND_SEAL"]

KIND_SIGNATURE = "signature"
KIND_SEAL = "seal"


class PreparationNotFound(WorkflowError):
    http_status = 404


class PreparationRefused(WorkflowError):
    """Phase 2 refused: replayed, expired, the document changed, another key."""

    http_status = 409


NOT_FOUND = N_("This signing request does not exist or is not yours.")
REPLAYED = N_("This signing request was already used; nothing more was signed. Start the signature again "
              "from the document.")
EXPIRED = N_("This signing request expired before the token signed it; nothing was signed. Start the "
             "signature again from the document.")
CHANGED = N_("The document changed after the signature was prepared; nothing was signed. Reload the document "
             "and sign again.")
OTHER_KEY = N_("The signature was not made with the key of your registered certificate (another token or "
               "key?); nothing was signed.")
CERTIFICATE_CHANGED = N_("Your signing certificate changed after the signature was prepared; nothing was "
                         "signed. Sign again.")
NOT_ON_TOKEN = N_("Your signing certificate is not registered as on your own token; sign with its PIN.")
CANCELLED = N_("The signature was declined in docflow-agent; nothing was signed.")
SEAL_NOT_ON_TOKEN = N_("The agency's seal certificate is not registered as on a token; seal with its PIN.")
REGISTER_MOVED = N_("Another document took number %(number)s in the register meanwhile; nothing was signed. "
                    "Issue again: the seal is prepared with the next number.")
SIGNATURE_COUNT = N_("The token must sign %(count)s files of this document; %(given)s signatures came back. "
                     "Nothing was signed.")


def _now(ctx: WorkflowContext) -> dt.datetime:
    return ctx.now().astimezone(dt.UTC)


@transactional
def prepare(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int,
            placement: Placement | None = None) -> SigningPreparation:
    """Phase 1 of the leader's signature with the key on the leader's token. The certificate
    is checked now (revoked, expired, locked refused before anything is prepared)."""
    check_may_sign(actor, doc, revision)
    token = ctx.keys.token_certificate(session, actor)
    if token is None:
        raise SigningFailed(NOT_ON_TOKEN, field="pin")
    job = leader_signature(session, ctx, actor, doc, placement)
    try:
        prepared = prepare_pdf(job.pdf, token.certificate, token.chain,
                               timestamped=ctx.timestamper is not None, **job.options)
    except SigningError as err:
        raise SigningFailed(N_("The signature could not be made: %(reason)s"), reason=err.text) from None
    now = _now(ctx)
    agency = session.get(Unit, doc.agency_id)
    _supersede(session, doc, actor, now)
    row = SigningPreparation(
        document_id=doc.id, revision=doc.revision, base_sha256=job.current.sha256, kind=KIND_SIGNATURE,
        user_id=actor.id, certificate_id=token.id, status=PreparationStatus.PENDING,
        digest=prepared.digest.hex(), prepared_pdf=prepared.cms.pdf,
        state={**prepared.stored(), "page_count": job.current.page_count, "details": job.details,
               "to_sign": base64.b64encode(prepared.to_sign).decode(),
               "certificate": base64.b64encode(token.certificate.public_bytes(serialization.Encoding.DER)).decode()},
        summary={"document_id": doc.id, "subject": doc.subject, "notation": doc.notation,
                 "agency": agency.name if agency else None, "kind": KIND_SIGNATURE,
                 "file_sha256": job.current.sha256, "certificate": token.certificate.subject.rfc4514_string(),
                 "signer": actor.full_name},
        created_at=now, expires_at=now + ctx.preparation_ttl)
    session.add(row)
    session.flush()
    return row


@transactional
def prepare_seal(session: Session, ctx: WorkflowContext, actor: User, doc: Document, revision: int,
                 seal_box: tuple[float, float, float, float] | None = None) -> SigningPreparation:
    """Phase 1 of the issuance with the agency's seal key on a token: the number the register
    will give (taken for good only in phase 2, so a refusal leaves no gap), the main file's seal
    with the number and date filled, each attachment's stamp; one signature per file."""
    from .doctypes import register_for
    from .numbering import peek_next_number

    check_may_issue(actor, doc, revision)
    agency = session.get(Unit, doc.agency_id)
    assert agency is not None
    token = ctx.keys.token_certificate(session, actor, agency=agency)
    if token is None:
        raise SigningFailed(SEAL_NOT_ON_TOKEN, field="pin")
    year = ctx.year()
    register = register_for(session, doc, agency)
    number = peek_next_number(session, agency.id, year, register)
    notation = notation_for(session, doc, agency, session.get(Unit, doc.unit_id), number)
    when = ctx.now()
    jobs, places = seal_jobs(session, ctx, doc, agency, number, notation, when, seal_box)
    try:
        prepared = [prepare_pdf(job.pdf, token.certificate, token.chain, timestamped=ctx.timestamper is not None,
                                **job.options) for job in jobs]
    except SigningError as err:
        raise SigningFailed(N_("The signature could not be made: %(reason)s"), reason=err.text) from None
    items, blob, offset = [], bytearray(), 0
    for job, p in zip(jobs, prepared, strict=True):
        pdf = p.cms.pdf
        items.append({**p.stored(), "file_id": job.file.id, "base_sha256": job.current.sha256,
                      "page_count": job.current.page_count, "reason": job.reason, "details": job.details,
                      "offset": offset, "length": len(pdf), "digest": p.digest.hex(),
                      "to_sign": base64.b64encode(p.to_sign).decode()})
        blob += pdf
        offset += len(pdf)
    now = _now(ctx)
    _supersede(session, doc, actor, now)
    row = SigningPreparation(
        document_id=doc.id, revision=doc.revision, base_sha256=jobs[0].current.sha256, kind=KIND_SEAL,
        user_id=actor.id, certificate_id=token.id, status=PreparationStatus.PENDING,
        digest=items[0]["digest"], prepared_pdf=bytes(blob),
        state={"items": items, "year": year, "number": number, "notation": notation, "register": register,
               "when": when.isoformat(), "number_on_page": bool(places), "key_algorithm": items[0]["key_algorithm"],
               "to_sign": items[0]["to_sign"],
               "certificate": base64.b64encode(token.certificate.public_bytes(serialization.Encoding.DER)).decode()},
        summary={"document_id": doc.id, "subject": doc.subject, "notation": notation, "agency": agency.name,
                 "kind": KIND_SEAL, "file_sha256": jobs[0].current.sha256, "files": len(items),
                 "certificate": token.certificate.subject.rfc4514_string(), "signer": actor.full_name},
        created_at=now, expires_at=now + ctx.preparation_ttl)
    session.add(row)
    session.flush()
    return row


def _supersede(session: Session, doc: Document, actor: User, now: dt.datetime) -> None:
    """A new preparation replaces this person's earlier pending one for the document; and the
    prepared files of this person's expired ones are dropped (they can never be completed)."""
    for old in session.execute(select(SigningPreparation).where(
            SigningPreparation.user_id == actor.id,
            SigningPreparation.status == PreparationStatus.PENDING)).scalars():
        if old.document_id == doc.id:
            old.status, old.prepared_pdf, old.error = PreparationStatus.CANCELLED, None, "superseded"
        elif old.expires_at <= now:
            old.status, old.prepared_pdf, old.error = PreparationStatus.FAILED, None, "expired"


def _mine(session: Session, actor: User, preparation_id: int, *, for_update: bool = False) -> SigningPreparation:
    q = select(SigningPreparation).where(SigningPreparation.id == preparation_id)
    if for_update:
        q = q.with_for_update()
    row = session.execute(q).scalar_one_or_none()
    if row is None or row.user_id != actor.id:
        raise PreparationNotFound(NOT_FOUND)
    return row


def get_preparation(session: Session, actor: User, preparation_id: int) -> SigningPreparation:
    return _mine(session, actor, preparation_id)


def pending(session: Session, ctx: WorkflowContext, actor: User) -> list[SigningPreparation]:
    """What waits for this person's token now (docflow-agent polls this)."""
    q = (select(SigningPreparation)
         .where(SigningPreparation.user_id == actor.id, SigningPreparation.status == PreparationStatus.PENDING,
                SigningPreparation.expires_at > _now(ctx))
         .order_by(SigningPreparation.id))
    return list(session.execute(q).scalars())


def describe(row: SigningPreparation, now: dt.datetime) -> dict:
    """The JSON form (API, agent, the page's polling): what is signed, and how it ended."""
    status = row.status.value
    if row.status == PreparationStatus.PENDING and row.expires_at <= now:
        status = "expired"
    return {"id": row.id, "status": status, "kind": row.kind, "document_id": row.document_id,
            "digest": row.digest, "algorithm": "sha256", "key_algorithm": row.state.get("key_algorithm"),
            "to_sign": row.state.get("to_sign"), "certificate": row.state.get("certificate"),
            "expires_at": row.expires_at.isoformat(), "summary": row.summary, "error": row.error,
            "items": [{"digest": i["digest"], "to_sign": i["to_sign"]} for i in row.state.get("items", [])]
            or [{"digest": row.digest, "to_sign": row.state.get("to_sign")}]}


WAITING = N_("Confirm the signature in docflow-agent on your computer (request %(id)s, digest %(digest)s…). "
            "If nothing happens, start docflow-agent with your token plugged in.")
_FAILURES = {"expired": EXPIRED, "document changed": CHANGED, "another key": OTHER_KEY,
             "register moved": N_("Another document took this number in the register meanwhile; nothing was "
                                  "signed. Issue again."),
             "certificate changed": CERTIFICATE_CHANGED, "cancelled": CANCELLED}


def outcome(row: SigningPreparation, now: dt.datetime) -> tuple[str, dict]:
    """What the signer reads about a preparation now: (msgid, params), in plain words."""
    status = describe(row, now)["status"]
    if status == "done":
        return N_("Signed."), {}
    if status == "pending":
        return WAITING, {"id": row.id, "digest": row.digest[:16]}
    if status == "expired":
        return EXPIRED, {}
    if status == "cancelled":
        return (REPLAYED, {}) if row.error == "superseded" else (CANCELLED, {})
    reason = row.error or ""
    if reason in _FAILURES:
        return _FAILURES[reason], {}
    return N_("The signature could not be made: %(reason)s"), {"reason": reason}


def _fail(session: Session, row_id: int, status: PreparationStatus, error: str) -> None:
    """Burn the preparation (used once, even when refused) in its own commit."""
    def mark(s: Session) -> None:
        row = s.get(SigningPreparation, row_id)
        if row is not None and row.status == PreparationStatus.PENDING:
            row.status, row.error, row.prepared_pdf = status, error[:500], None
            row.used_at = dt.datetime.now(dt.UTC)
    record_failure(session, mark)


@transactional
def complete(session: Session, ctx: WorkflowContext, actor: User, preparation_id: int,
             signature: bytes | Sequence[bytes], chain: Sequence[bytes] = ()) -> Document:
    """Phase 2: the raw signature(s) from the token, one per prepared file in order (the
    leader's signature has one; the seal one per file). ``chain``: the certificates the token
    offers, recorded only as a hint; the registered certificate and chain are what the CMS
    carries."""
    signatures = [signature] if isinstance(signature, bytes | bytearray) else list(signature)
    row = _mine(session, actor, preparation_id, for_update=True)
    if row.status != PreparationStatus.PENDING:
        raise PreparationRefused(REPLAYED)
    row_id = row.id
    if _now(ctx) >= row.expires_at:
        _fail(session, row_id, PreparationStatus.FAILED, "expired")
        raise PreparationRefused(EXPIRED)
    doc = get_document(session, actor, row.document_id, for_update=True)
    seal = row.kind == KIND_SEAL
    items = row.state["items"] if seal else [{**row.state, "offset": 0, "base_sha256": row.base_sha256,
                                              "length": len(row.prepared_pdf or b"")}]
    files = {f.id: f for f in doc.files}

    def current_sha(item: dict) -> str | None:
        if not seal:
            return doc.main_file.current.sha256
        f = files.get(item["file_id"])
        return f.current.sha256 if f is not None else None

    if doc.revision != row.revision or any(current_sha(i) != i["base_sha256"] for i in items):
        _fail(session, row_id, PreparationStatus.FAILED, "document changed")
        raise StaleRevision(CHANGED)
    if len(signatures) != len(items):
        raise PreparationRefused(SIGNATURE_COUNT, count=len(items), given=len(signatures))
    agency = session.get(Unit, doc.agency_id) if seal else None
    try:
        if seal:
            check_may_issue(actor, doc, row.revision)
        else:
            check_may_sign(actor, doc, row.revision)
        token = ctx.keys.token_certificate(session, actor, agency=agency)  # revoked or expired since: refused
    except DomainError as err:
        _fail(session, row_id, PreparationStatus.FAILED, str(err))
        raise
    if token is None or token.id != row.certificate_id:
        _fail(session, row_id, PreparationStatus.FAILED, "certificate changed")
        raise PreparationRefused(CERTIFICATE_CHANGED)
    assert row.prepared_pdf is not None
    results = []
    for item, raw in zip(items, signatures, strict=True):
        pdf = row.prepared_pdf[item["offset"]:item["offset"] + item["length"]]
        prepared = PreparedSignature.restore(pdf, item, token.certificate, token.chain)
        try:
            signed = complete_pdf(prepared, raw,
                                  timestamper=ctx.timestamper if prepared.timestamped else None,  # type: ignore[arg-type]
                                  allow_without_timestamp=ctx.allow_without_timestamp)
        except SigningError as err:
            other_key = "not made with the key" in err.msgid
            _fail(session, row_id, PreparationStatus.FAILED, "another key" if other_key else err.message)
            if other_key:
                raise PreparationRefused(OTHER_KEY) from None
            raise SigningFailed(N_("The signature could not be made: %(reason)s"), reason=err.text) from None
        problem = _verify_new_signature(ctx, signed.pdf, signed.field_name)
        if problem is not None:
            _fail(session, row_id, PreparationStatus.FAILED, problem)
            raise SigningFailed(N_("docflow's verifier refused the signed file (%(reason)s); nothing was signed."),
                                reason=problem)
        results.append((item, signed))
    if seal:
        from .numbering import next_number

        state = row.state
        assert agency is not None
        number = next_number(session, agency.id, int(state["year"]), str(state["register"]))
        if number != int(state["number"]):
            _fail(session, row_id, PreparationStatus.FAILED, "register moved")
            raise PreparationRefused(REGISTER_MOVED, number=state["number"])
        record_issue(session, ctx, actor, doc,
                     [(files[i["file_id"]], i.get("page_count"), str(i["reason"]), i["details"], signed)
                      for i, signed in results],
                     year=int(state["year"]), number=number, notation=str(state["notation"]),
                     register=str(state["register"]), when=dt.datetime.fromisoformat(state["when"]),
                     number_on_page=bool(state["number_on_page"]))
    else:
        record_leader_signature(session, ctx, actor, doc, results[0][1], row.state.get("page_count"),
                                row.state["details"])
    row.status, row.used_at, row.prepared_pdf = PreparationStatus.DONE, _now(ctx), None
    if chain:
        row.summary = {**row.summary, "token_chain_sha256": [hashlib.sha256(c).hexdigest() for c in chain[:8]]}
    session.flush()
    return doc


def _verify_new_signature(ctx: WorkflowContext, pdf: bytes, field: str) -> str | None:
    """Why docflow's verifier refuses the new signature (a broken or forged result), or None.
    INDETERMINATE (revocation not reachable now, say) is accepted, as on the server path."""
    report = verify_pdf(pdf, ctx.trust()).to_json()
    for sig in report.get("signatures", []):
        if sig.get("field") == field:
            if sig.get("indication") == "TOTAL_FAILED":
                return str(sig.get("subindication") or "TOTAL_FAILED")
            return None
    return "the new signature is not found"


@transactional
def cancel(session: Session, ctx: WorkflowContext, actor: User, preparation_id: int) -> SigningPreparation:
    """The signer declined (in docflow-agent) or closed the dialog: nothing is signed."""
    row = _mine(session, actor, preparation_id, for_update=True)
    if row.status != PreparationStatus.PENDING:
        raise PreparationRefused(REPLAYED)
    row.status, row.error, row.prepared_pdf, row.used_at = PreparationStatus.CANCELLED, "cancelled", None, _now(ctx)
    session.flush()
    return row

