"""Anchors of the audit trail outside the database (issue 14).

The hash chain shows an edited or removed event *inside* the trail, but someone who can write
the database can delete the newest events and rewrite ``audit_head`` to match: the chain still
verifies. An anchor closes that: docflow timestamps the head (its sequence number and hash)
with the TSA and writes the token to ``<data_dir>/audit-anchors/`` and to the log. ``docflow
audit verify`` then checks the chain against every anchor: an anchored event that is missing
(truncation) or whose hash differs (rewrite) is reported, as is a head older than the last
anchor. A forged anchor needs the TSA's signature, which is checked — intact over that head, and
from a timestamp authority whose certificate chains to the installation's trust store with the
timeStamping key usage (anyone can run a TSA of their own and stamp a head of their choosing).

Plain Python (no flask): the caller passes the session, the timestamper and the directory.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .audit.trail import GENESIS
from .models import AuditEvent, AuditHead
from .pki.tsa import read_token
from .verification.chain import key_usage_problem, validate_chain
from .verification.cms import CmsError, check_timestamp_token
from .verification.trust import TrustContext

__all__ = ["Anchor", "AnchorProblem", "SCHEMA", "anchor_head", "load_anchors", "check_anchors", "statement",
           "last_anchor"]

SCHEMA = "docflow.audit-anchor/1"
log = logging.getLogger("docflow.audit")


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    time: dt.datetime  # the TSA's time
    token: bytes  # the RFC 3161 TimeStampToken (DER)
    path: Path | None = None


@dataclass(frozen=True)
class AnchorProblem:
    seq: int
    reason: str


def statement(seq: int, head_hash: str) -> bytes:
    """What the TSA stamps (its SHA-256): the head's sequence number and hash."""
    return f"docflow audit head {seq} {head_hash}".encode()


def _head(session: Session) -> tuple[int, str]:
    head = session.get(AuditHead, 1)
    return (head.seq, head.hash) if head is not None else (0, GENESIS)


def last_anchor(directory: Path) -> Anchor | None:
    anchors = load_anchors(directory)
    return anchors[-1] if anchors else None


def anchor_head(session: Session, timestamper, directory: Path, *, only_if_moved: bool = False) -> Anchor | None:
    """Timestamp the current head; write the token to ``directory`` (atomically) and the log.
    ``only_if_moved``: nothing to do when the last anchor already covers the head."""

    seq, head_hash = _head(session)
    if only_if_moved:
        previous = last_anchor(directory)
        if previous is not None and previous.seq == seq and previous.hash == head_hash:
            return None
    token = timestamper.timestamp(hashlib.sha256(statement(seq, head_hash)).digest(), "sha256")
    info = read_token(token)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{seq:012d}-{info.gen_time:%Y%m%dT%H%M%SZ}.json"
    body = json.dumps({"schema": SCHEMA, "seq": seq, "hash": head_hash, "time": info.gen_time.isoformat(),
                       "token": base64.b64encode(token).decode()}, indent=1)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w") as fh:
        fh.write(body)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    log.info("audit anchor seq=%d hash=%s tsa_time=%s token_sha256=%s file=%s", seq, head_hash,
             info.gen_time.isoformat(), hashlib.sha256(token).hexdigest(), path.name)
    return Anchor(seq, head_hash, info.gen_time, token, path)


def load_anchors(directory: Path) -> list[Anchor]:
    """Every anchor file, oldest head first (a file that does not parse is skipped by
    ``load_anchors`` and reported by ``check_anchors``)."""
    out = []
    for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
        try:
            raw = json.loads(path.read_text())
            if raw.get("schema") != SCHEMA:
                continue
            out.append(Anchor(int(raw["seq"]), str(raw["hash"]), dt.datetime.fromisoformat(raw["time"]),
                              base64.b64decode(raw["token"]), path))
        except (ValueError, KeyError, TypeError, OSError):
            continue
    return sorted(out, key=lambda a: (a.seq, a.time))


def _untrusted_tsa(check, trust: TrustContext) -> str | None:
    """Why the token's signer is not a timestamp authority of the trust store (None: it is)."""
    tsa = check.cms.signer_cert if check.cms is not None else None
    if tsa is None:
        return "the token names no TSA certificate"
    chain = validate_chain(tsa, list(check.cms.certificates), trust, check.time or dt.datetime.now(dt.UTC),
                           timestamping=True, revocation_mode="soft-fail")
    usage = key_usage_problem(tsa, timestamping=True)
    if chain.trusted and usage is None and not check.cms.algorithm_problems:
        return None
    name = tsa.subject.native.get("common_name", tsa.subject.human_friendly)
    return f"'{name}': " + "; ".join(chain.problems + ([usage] if usage else []) + check.cms.algorithm_problems)


def check_anchors(session: Session, directory: Path, trust: TrustContext | None = None) -> list[AnchorProblem]:
    """Compare the trail with every anchor: forged or damaged anchors, anchored events missing
    or different, a head behind the last anchor. ``trust``: the trust store the TSA must chain
    to (the CLI passes the installation's); without it only the token's own signature is checked."""

    problems: list[AnchorProblem] = []
    for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
        if path not in {a.path for a in load_anchors(directory)}:
            problems.append(AnchorProblem(-1, f"anchor file {path.name} cannot be read"))
    anchors = load_anchors(directory)
    for a in anchors:
        name = a.path.name if a.path else ""
        try:
            check = check_timestamp_token(a.token, statement(a.seq, a.hash))
            intact = check.intact
        except CmsError:
            intact = False
        if not intact:
            problems.append(AnchorProblem(a.seq, f"the anchor of event {a.seq} ({name}) "
                                                 "does not carry a valid TSA signature over that head"))
            continue
        if trust is not None:
            untrusted = _untrusted_tsa(check, trust)
            if untrusted is not None:
                problems.append(AnchorProblem(a.seq, f"the anchor of event {a.seq} ({name}) was not stamped by a "
                                                     f"trusted timestamp authority: {untrusted}"))
                continue
        if a.seq == 0:
            continue
        found = session.execute(select(AuditEvent.hash).where(AuditEvent.seq == a.seq)).scalar()
        when = a.time.isoformat(timespec="seconds")
        if found is None:
            problems.append(AnchorProblem(a.seq, f"event {a.seq}, anchored by the TSA at {when}, is missing: the "
                                                 "trail was truncated after that anchor"))
        elif found != a.hash:
            problems.append(AnchorProblem(a.seq, f"event {a.seq} differs from the one anchored by the TSA at {when}: "
                                                 "the trail was rewritten"))
    seq, _hash = _head(session)
    if anchors and seq < anchors[-1].seq:
        problems.append(AnchorProblem(seq, f"the head is at event {seq} but event {anchors[-1].seq} was anchored "
                                           "by the TSA: the newest events were removed"))
    return problems
