"""SQLAlchemy 2.0 typed models. Alembic migrations (docflow/migrations) create the schema."""

from .audit import AuditEvent, AuditHead
from .base import Base, utcnow
from .org import Role, Unit, UnitKind, User, UserRole

__all__ = ["Base", "utcnow", "Unit", "UnitKind", "User", "UserRole", "Role", "AuditEvent", "AuditHead"]
