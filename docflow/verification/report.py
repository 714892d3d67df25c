"""The verification report: frozen dataclasses and their ``docflow.verification/1`` JSON form.

The JSON shape is an interface other tools rely on (DESIGN.md, "Interfaces"); change it only
with a new schema version. ``to_json()`` returns plain dicts/lists/str/int/bool/None, ready
for ``json.dumps``.

Conventions (documented here because the schema leaves them open):
- ``revisions`` counts the file's revisions (the original save plus each incremental update);
  a signature's ``revision`` is the 1-based number of the revision it signs.
- ``serial`` is the certificate serial number as lower-case hex; times are ISO 8601 in UTC.
- ``revocation_fetches`` (added to the schema, nothing removed) lists every CRL/OCSP lookup:
  ``{"url", "kind": "crl"|"ocsp", "result", "ms", "detail"}``, result one of fetched, cached,
  local, failed, refused, not_fetched_budget, not_fetched_offline.
- ``pades_level`` (added, nothing removed): per signature the PAdES baseline level reached,
  B-B, B-T, B-LT or B-LTA (levels.py), null for document timestamps.
- A check that could not be carried out (because an earlier one failed) reads ``false``:
  the report never claims what it did not establish.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "SCHEMA",
    "Indication",
    "SubIndication",
    "Coverage",
    "Modifications",
    "SignerInfo",
    "TimestampInfo",
    "Checks",
    "SignatureReport",
    "VerificationReport",
    "worst_indication",
]

SCHEMA = "docflow.verification/1"


class Indication:
    """ETSI EN 319 102-1 main indications (plus the document-level NO_SIGNATURE_FOUND)."""

    TOTAL_PASSED = "TOTAL_PASSED"
    TOTAL_FAILED = "TOTAL_FAILED"
    INDETERMINATE = "INDETERMINATE"
    NO_SIGNATURE_FOUND = "NO_SIGNATURE_FOUND"


class SubIndication:
    """ETSI EN 319 102-1 sub-indications used by docflow."""

    HASH_FAILURE = "HASH_FAILURE"
    SIG_CRYPTO_FAILURE = "SIG_CRYPTO_FAILURE"
    FORMAT_FAILURE = "FORMAT_FAILURE"
    REVOKED = "REVOKED"
    EXPIRED = "EXPIRED"
    NOT_YET_VALID = "NOT_YET_VALID"
    REVOKED_NO_POE = "REVOKED_NO_POE"
    OUT_OF_BOUNDS_NO_POE = "OUT_OF_BOUNDS_NO_POE"
    NO_CERTIFICATE_CHAIN_FOUND = "NO_CERTIFICATE_CHAIN_FOUND"
    NO_SIGNING_CERTIFICATE_FOUND = "NO_SIGNING_CERTIFICATE_FOUND"
    CHAIN_CONSTRAINTS_FAILURE = "CHAIN_CONSTRAINTS_FAILURE"
    CRYPTO_CONSTRAINTS_FAILURE = "CRYPTO_CONSTRAINTS_FAILURE"
    TRY_LATER = "TRY_LATER"


class Coverage:
    ENTIRE_FILE = "ENTIRE_FILE"
    ENTIRE_REVISION = "ENTIRE_REVISION"
    PARTIAL = "PARTIAL"
    UNCLEAR = "UNCLEAR"


class Modifications:
    NONE = "NONE"
    ALLOWED = "ALLOWED"
    DISALLOWED = "DISALLOWED"


_RANK = {
    Indication.TOTAL_PASSED: 0,
    Indication.NO_SIGNATURE_FOUND: 1,
    Indication.INDETERMINATE: 2,
    Indication.TOTAL_FAILED: 3,
}


def worst_indication(indications: list[str]) -> str:
    """The document verdict: the worst signature, NO_SIGNATURE_FOUND when there is none."""
    if not indications:
        return Indication.NO_SIGNATURE_FOUND
    return max(indications, key=lambda i: _RANK[i])


def _iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()


@dataclass(frozen=True)
class SignerInfo:
    common_name: str | None
    subject: str
    issuer: str
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime
    sha256_fingerprint: str

    def to_json(self) -> dict[str, Any]:
        return {
            "common_name": self.common_name,
            "subject": self.subject,
            "issuer": self.issuer,
            "serial": self.serial,
            "not_before": _iso(self.not_before),
            "not_after": _iso(self.not_after),
            "sha256_fingerprint": self.sha256_fingerprint,
        }


@dataclass(frozen=True)
class TimestampInfo:
    time: dt.datetime
    trusted: bool
    intact: bool
    tsa: str | None = None  # not part of the JSON schema; shown in the human table

    def to_json(self) -> dict[str, Any]:
        return {"time": _iso(self.time), "trusted": self.trusted, "intact": self.intact}


@dataclass(frozen=True)
class Checks:
    byte_range_ok: bool = False
    intact: bool = False
    crypto_valid: bool = False
    trusted: bool = False
    key_usage_ok: bool = False
    revocation: str = "unknown"  # "good" | "revoked" | "unknown"
    valid_at_signing_time: bool = False
    algorithm_ok: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "byte_range_ok": self.byte_range_ok,
            "intact": self.intact,
            "crypto_valid": self.crypto_valid,
            "trusted": self.trusted,
            "key_usage_ok": self.key_usage_ok,
            "revocation": self.revocation,
            "valid_at_signing_time": self.valid_at_signing_time,
            "algorithm_ok": self.algorithm_ok,
        }


@dataclass(frozen=True)
class SignatureReport:
    field: str
    kind: str  # approval | certification | document_timestamp
    revision: int | None
    indication: str
    subindication: str | None
    signer: SignerInfo | None
    signing_time_claimed: dt.datetime | None
    timestamp: TimestampInfo | None
    checks: Checks
    coverage: str
    modifications_after: str
    changes_after: tuple[str, ...]
    docmdp: int | None
    problems: tuple[str, ...]
    # every change after this signature, in English and Vietnamese, with why it is or is
    # not allowed: {"revision", "en", "vi", "category", "allowed", "rule", "field"}
    change_analysis: tuple[dict[str, Any], ...] = ()
    # the PAdES baseline level reached (levels.py): "B-B" | "B-T" | "B-LT" | "B-LTA", None for
    # document timestamps and for signatures that are not even B-B (added to schema /1)
    pades_level: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "kind": self.kind,
            "revision": self.revision,
            "indication": self.indication,
            "subindication": self.subindication,
            "signer": self.signer.to_json() if self.signer else None,
            "signing_time_claimed": _iso(self.signing_time_claimed),
            "timestamp": self.timestamp.to_json() if self.timestamp else None,
            "checks": self.checks.to_json(),
            "coverage": self.coverage,
            "modifications_after": self.modifications_after,
            "changes_after": list(self.changes_after),
            "docmdp": self.docmdp,
            "problems": list(self.problems),
            "change_analysis": [dict(c) for c in self.change_analysis],
            "pades_level": self.pades_level,
        }


@dataclass(frozen=True)
class VerificationReport:
    sha256: str
    size: int
    verdict: str
    revisions: int
    signatures: tuple[SignatureReport, ...] = field(default_factory=tuple)
    file: str | None = None
    problems: tuple[str, ...] = ()  # document-level (e.g. unparseable file); JSON when any
    # every CRL/OCSP lookup of this verification (fetching.FetchRecord: url, kind, result, ms)
    revocation_fetches: tuple[Any, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA}
        if self.file is not None:
            out["file"] = self.file
        out.update(
            sha256=self.sha256,
            size=self.size,
            verdict=self.verdict,
            revisions=self.revisions,
            signatures=[s.to_json() for s in self.signatures],
            revocation_fetches=[f.to_json() for f in self.revocation_fetches],
        )
        if self.problems:
            # added after schema /1 was published (a new field, not a changed one): why a
            # document has no signature report, or why it could not be verified at all
            out["problems"] = list(self.problems)
        return out
