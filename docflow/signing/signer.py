"""Moved to ``docflow.signer`` (a leaf module: pki and signing both import it, neither
imports the other through it). Kept so that existing imports keep working."""

from ..signer import HASHES, Signer, SignerError, SoftwareSigner

__all__ = ["Signer", "SoftwareSigner", "SignerError", "HASHES"]
