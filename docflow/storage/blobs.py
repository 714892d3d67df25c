"""A content-addressed blob store: bytes are named by their SHA-256 and never change.

``put`` writes atomically (temporary file in the same directory, fsync, rename, fsync of the
directory), so a crash leaves either the whole blob or nothing under its name. Callers write
the blob first and commit the database row that references it afterwards: a crash between
the two leaves an unreferenced blob (harmless, collectable), never a row without its bytes.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

__all__ = ["BlobStore", "FileBlobStore", "BlobMissing"]


class BlobMissing(Exception):
    """A referenced blob is not in the store (or its bytes no longer match its name)."""


class BlobStore(Protocol):
    def put(self, data: bytes) -> str: ...

    def get(self, sha256: str) -> bytes: ...

    def exists(self, sha256: str) -> bool: ...

    def path(self, sha256: str) -> Path | None: ...  # None: no local file (object store)

    def iter_chunks(self, sha256: str) -> Iterator[bytes]: ...


def _check_name(sha256: str) -> str:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise BlobMissing(f"not a blob name: {sha256[:80]!r}")  # also stops path traversal
    return sha256


def _crash_window() -> None:
    """TEST HOOK (tests/reliability/test_crash.py), inert unless DOCFLOW_ENV=testing: sleep
    DOCFLOW_TEST_SLEEP_AFTER_BLOB seconds after a blob is safe on disk. Every service writes its
    blobs inside its transaction, before the commit, so the crash test can SIGKILL the server
    in exactly the window between "bytes written" and "row committed"."""
    if os.environ.get("DOCFLOW_ENV") == "testing" and (delay := os.environ.get("DOCFLOW_TEST_SLEEP_AFTER_BLOB")):
        time.sleep(min(float(delay), 60.0))


class FileBlobStore:
    """Blobs as files ``root/ab/cd/<sha256>`` on a local or shared filesystem."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        name = _check_name(sha256)
        return self.root / name[:2] / name[2:4] / name

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> str:
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256)
        if target.is_file() and target.stat().st_size == len(data):
            _crash_window()
            return sha256  # same content, same name: already safe
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o440)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
        _crash_window()
        return sha256

    def get(self, sha256: str) -> bytes:
        try:
            data = self.path(sha256).read_bytes()
        except FileNotFoundError:
            raise BlobMissing(f"blob {sha256} is missing") from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BlobMissing(f"blob {sha256} is damaged")
        return data

    def iter_chunks(self, sha256: str) -> Iterator[bytes]:
        """The blob in 1 MiB chunks, hashed on the way (BlobMissing after the last one if damaged)."""
        try:
            fh = self.path(sha256).open("rb")
        except FileNotFoundError:
            raise BlobMissing(f"blob {sha256} is missing") from None
        return _hashed_chunks(fh, sha256)


def _hashed_chunks(fh, sha256: str) -> Iterator[bytes]:
    digest = hashlib.sha256()
    with fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            yield chunk
    if digest.hexdigest() != sha256:
        raise BlobMissing(f"blob {sha256} is damaged")
