"""SQLAlchemy 2.0 typed models. Alembic migrations (docflow/migrations) create the schema."""

from .api import (
    ApiToken,
    EdxmlLink,
    EdxmlOrgan,
    EdxmlSealCertificate,
    RateLimitCounter,
    Webhook,
    WebhookAttempt,
    WebhookDelivery,
)
from .audit import AuditEvent, AuditHead
from .base import Base, utcnow
from .conversions import Conversion, ConversionStatus
from .copies import COPY_ABBREVIATIONS, COPY_LABELS, CopyForm, DocumentCopy
from .documents import (
    CIRCULATION_MARK_WORDS,
    DECREE30_TYPES,
    OUTGOING_REGISTERS,
    REGISTER_GENERAL,
    REGISTER_NORMATIVE,
    REGISTER_SECRET,
    CirculationMark,
    Confidentiality,
    Delivery,
    DeliveryStatus,
    DeliveryUnit,
    DocStatus,
    DocType,
    Document,
    DocumentEvent,
    DocumentFile,
    DocumentType,
    FileRole,
    FileVersion,
    Notification,
    RegisterCounter,
    Urgency,
)
from .instance import AuditUpload, InstanceFile
from .org import (
    ORG_TYPE_KIND,
    AdminLevel,
    EmailChange,
    OrgType,
    Reorganisation,
    ReorganisationUnit,
    ReorgKind,
    ReorgStatus,
    Role,
    Unit,
    UnitKind,
    UnitName,
    User,
    UserRole,
)
from .pki import (
    Certificate,
    CertificateOwner,
    CertificateStatus,
    CrlNumber,
    KeyBackend,
    SealImage,
    SignatureImage,
)
from .signing import PreparationStatus, SigningPreparation
from .verification import ArchiveStatus, RevocationCacheEntry

__all__ = ["Base", "utcnow", "Unit", "UnitKind", "OrgType", "AdminLevel", "ORG_TYPE_KIND", "Reorganisation",
           "ReorganisationUnit", "ReorgKind", "ReorgStatus", "UnitName",
           "User", "UserRole", "Role", "AuditEvent", "AuditHead",
           "Certificate", "CertificateOwner", "CertificateStatus", "CrlNumber", "KeyBackend",
           "SealImage", "SignatureImage", "DECREE30_TYPES", "DocumentType", "OUTGOING_REGISTERS",
           "REGISTER_GENERAL", "REGISTER_NORMATIVE", "REGISTER_SECRET", "Confidentiality", "Delivery", "DeliveryStatus",
           "DeliveryUnit", "DocStatus", "DocType", "Document", "DocumentEvent", "DocumentFile", "FileRole",
           "FileVersion", "Notification", "RegisterCounter", "Urgency", "ApiToken", "Webhook", "WebhookDelivery",
           "RateLimitCounter", "WebhookAttempt", "EdxmlOrgan", "EdxmlLink", "EdxmlSealCertificate",
           "RevocationCacheEntry", "Conversion", "ConversionStatus", "ArchiveStatus", "EmailChange",
           "CopyForm", "COPY_ABBREVIATIONS", "COPY_LABELS", "DocumentCopy",
           "SigningPreparation", "PreparationStatus", "CirculationMark", "CIRCULATION_MARK_WORDS", "InstanceFile",
           "AuditUpload"]
