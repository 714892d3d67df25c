"""The tamper-evident audit trail (hash-chained, append-only)."""

from ..uow import transactional
from .trail import AuditBreak, record, verify_chain

# An event that is the whole action (an upload for verification, a chain check): recorded
# in a unit of work of its own, committed by the service, not by the page that asked.
record_action = transactional(record)

__all__ = ["record", "record_action", "verify_chain", "AuditBreak"]
