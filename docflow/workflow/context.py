"""What the workflow needs from the outside world, passed in (never global): where blobs
live, how to verify on receipt, how to reach a person's or an agency's key, the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from ..models import Unit, User
from ..signer import Signer
from ..storage import BlobStore
from ..verification import TrustContext

if TYPE_CHECKING:
    from ..signing.service import Timestamper

__all__ = ["Keys", "WorkflowContext", "VN_TZ"]

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


class Keys(Protocol):
    """Access to signing keys and signature images (docflow.pki.service in the app)."""

    def personal_signer(self, session: Session, user: User, pin: str) -> Signer: ...

    def seal_signer(self, session: Session, agency: Unit, pin: str, actor: User) -> Signer: ...

    def token_certificate(self, session: Session, actor: User, *, agency: Unit | None = None) -> Any: ...

    def signature_image(self, session: Session, user: User) -> bytes | None: ...

    def seal_image(self, session: Session, agency: Unit) -> bytes | None: ...


@dataclass(frozen=True)
class WorkflowContext:
    blobs: BlobStore
    keys: Keys
    trust: Callable[[], TrustContext]
    timestamper: Timestamper | None = None
    allow_without_timestamp: bool = False
    # PAdES B-LTA at issuance: PDF bytes in, ``docflow.signing.ltv.LtaResult`` out (DSS and an
    # archive timestamp); None when the installation makes no timestamps (DOCFLOW_TSA_URL=none)
    archiver: Callable[..., Any] | None = None  # (pdf, *, at=None) -> signing.ltv.LtaResult
    archive_margin: dt.timedelta = dt.timedelta(days=365)  # renew this long before the end
    algorithm_policy: Any = None  # verification.algorithms.AlgorithmPolicy (None: the default table)
    max_pdf_bytes: int = 100 * 1024 * 1024
    max_word_bytes: int = 20 * 1024 * 1024
    conversion_timeout_s: float = 120.0
    conversion_memory_bytes: int = 2048 * 1024 * 1024
    conversion_stale_s: float = 600.0
    preparation_ttl: dt.timedelta = dt.timedelta(minutes=5)  # two-phase signing: phase 1 to phase 2
    clock: Callable[[], dt.datetime] = field(default=lambda: dt.datetime.now(dt.UTC))
    ip: str = ""

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        return self.now().astimezone(VN_TZ).date()

    def year(self) -> int:
        """The register year: the calendar year in Asia/Ho_Chi_Minh."""
        return self.now().astimezone(VN_TZ).year


def unit_of(session: Session, unit_id: int) -> Unit:
    """The unit a non-null foreign key names: only a broken database lacks it."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise LookupError(f"unit {unit_id} does not exist")
    return unit
