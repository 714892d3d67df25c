"""Validation in the past (ETSI EN 319 102-1 §5.6.2.4 and §5.6.3): proofs of existence.

A document timestamp that verifies proves that every byte it covers existed at its time: the
signatures, their timestamps, the DSS of earlier revisions. So, newest first:

- the newest document timestamp is judged at the validation time; when it passes, its time
  is a proof of existence (POE) for everything in the revisions it signs;
- each older document timestamp is judged again at the POE the newer one gives it, when it
  does not pass at the validation time (its TSA certificate expired since, for instance): if
  it passes there, its own time becomes the POE for what it covers (the archive chain);
- each signature is judged again with its earliest POE: its signature timestamp's TSA path is
  validated at that time instead of the validation time, and a timestamp that verifies there
  proves the signing time, at which the signer's path is validated (with the DSS's CRLs and
  OCSP answers, which may be younger than the signature: retroactive revocation data).

A signature whose certificate expired, or whose CA was revoked, after a proven time is then
TOTAL_PASSED; without such a proof it stays INDETERMINATE (OUT_OF_BOUNDS_NO_POE,
REVOKED_NO_POE). Nothing is fetched to build a proof: only what the file and the trust
context hold. The engine asks for a new judgement through ``rejudge(index, poe_time)``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Protocol

__all__ = ["with_proofs_of_existence"]


class _Judged(Protocol):
    kind: str
    revision: int | None
    timestamp: Any


def with_proofs_of_existence(judged: Sequence[_Judged], passed: Callable[[Any], bool],
                             rejudge: Callable[[int, dt.datetime], Any]) -> list[Any]:
    """``judged`` (in signing order) with the judgements made at proofs of existence where
    the first ones did not pass; ``passed(facts)`` says whether a judgement is TOTAL_PASSED."""
    out = list(judged)
    stamps = sorted((i for i, f in enumerate(out) if f.kind == "document_timestamp" and f.revision is not None),
                    key=lambda i: out[i].revision or 0, reverse=True)
    proofs: list[tuple[int, dt.datetime]] = []  # (revision signed by the proving timestamp, its time)
    cover: dt.datetime | None = None
    for i in stamps:
        if cover is not None and not passed(out[i]):
            out[i] = rejudge(i, cover)
        f = out[i]
        if passed(f) and f.timestamp is not None and f.timestamp.trusted and f.timestamp.intact:
            cover = f.timestamp.time
            proofs.append((f.revision or 0, cover))
    if not proofs:
        return out
    for i, f in enumerate(out):
        if f.kind == "document_timestamp" or f.revision is None or passed(f):
            continue
        times = [t for rev, t in proofs if rev > f.revision]
        if times:
            out[i] = rejudge(i, min(times))
    return out
