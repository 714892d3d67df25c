"""Password hashing with Argon2id (memory-hard), and the password policy."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ..messages import N_

__all__ = ["hash_password", "verify_password", "needs_rehash", "check_policy", "use_fast_profile"]

# RFC 9106 "second recommended" profile: 64 MiB, 3 passes.
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)
MIN_LENGTH = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def check_policy(password: str) -> str | None:
    """Return why the password is unacceptable, or None."""
    if len(password) < MIN_LENGTH:
        return N_("The password must have at least 10 characters.")
    if password.isdigit() or password.isalpha():
        return N_("The password must mix letters with digits or symbols.")
    return None


_dummy_hash: str | None = None


def dummy_verify(password: str) -> None:
    """Spend the same time as a real check, so timing does not reveal valid usernames."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password("docflow-dummy-password-0")
    verify_password(_dummy_hash, password)


def use_fast_profile() -> None:
    """Cheap Argon2id parameters for the test suite only (never set by configuration)."""
    global _hasher, _dummy_hash
    _hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    _dummy_hash = None
