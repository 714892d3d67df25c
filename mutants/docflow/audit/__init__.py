"""The tamper-evident audit trail (hash-chained, append-only)."""

from .trail import AuditBreak, record, verify_chain

__all__ = ["record", "verify_chain", "AuditBreak"]
