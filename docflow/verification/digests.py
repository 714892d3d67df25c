"""One SHA-256 pass over the file for the file's digest and every signature's.

A file with n signatures needs the SHA-256 of the whole file (the report's ``sha256``) and,
per signature, the digest of its two byte ranges ``[0, b)`` and ``[c, c+d)``. Hashed one by
one that is 1 + n passes over a file that may be hundreds of megabytes. But every signed
range starts at offset 0, so one running SHA-256 goes through the file once, chunk by
chunk, keeping a copy of its state at every chunk boundary; a signature's digest is the
nearest state before its gap ``b``, continued up to ``b`` (less than one chunk) and then
with its tail ``[c, c+d)`` — for an incremental update a few kilobytes: the rest of the
signature dictionary, the xref and the trailer. A 3-signature 50 MB file costs one pass,
not four.

The pass runs in a thread started before the file is parsed: hashlib releases the GIL while
it hashes a chunk, so on a machine with two cores the hashing overlaps with finding the
revisions and reading the PDF objects. A digest asked for waits only until the pass has
reached the offset it needs. Other algorithms, and ranges that do not start at 0, are
hashed directly when asked for.
"""

from __future__ import annotations

import bisect
import hashlib
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["SignedDigests", "CHUNK"]

CHUNK = 1 << 20  # a snapshot per MiB; re-hashing up to one chunk per signature is cheap

Ranges = tuple[int, int, int, int]


class SignedDigests:
    """Digests of signed byte ranges and of the whole file (see the module docstring).

    ``SignedDigests(data, new_hash)`` hashes on demand; ``.start()`` runs the one pass in a
    background thread (``verify_pdf`` does that as soon as the file passed the size check).
    """

    def __init__(self, data: bytes, new_hash: Callable[[str], Any]) -> None:
        self._view = memoryview(data)
        self._new_hash = new_hash
        self._offsets: list[int] = []
        self._states: list[Any] = []
        self._file_sha256: str | None = None
        self._done: dict[tuple[str, Ranges], bytes] = {}
        self._progress = threading.Condition()
        self._reached = -1  # offset up to which snapshots exist (-1: no pass running)
        self._stop = False
        self._thread: threading.Thread | None = None

    def start(self) -> SignedDigests:
        self._offsets.append(0)
        self._states.append(hashlib.sha256())
        self._reached = 0
        self._thread = threading.Thread(target=self._pass, name="docflow-digests", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Abandon the pass (the file is refused before its signatures are read)."""
        with self._progress:
            self._stop = True

    def _pass(self) -> None:
        try:
            self._hash_all()
        finally:  # whatever happened, nobody may wait for ever
            with self._progress:
                if self._file_sha256 is None:
                    self._stop = True
                self._progress.notify_all()

    def _hash_all(self) -> None:
        view = self._view
        size = len(view)
        running = hashlib.sha256()
        pos = 0
        while pos < size:
            end = min(size, pos + CHUNK)
            running.update(view[pos:end])  # releases the GIL
            pos = end
            state = running.copy()
            with self._progress:
                if self._stop:
                    return
                self._offsets.append(pos)
                self._states.append(state)
                self._reached = pos
                if pos == size:
                    self._file_sha256 = running.hexdigest()
                self._progress.notify_all()
        with self._progress:
            if self._file_sha256 is None:  # empty file
                self._file_sha256 = running.hexdigest()
            self._reached = size
            self._progress.notify_all()

    def _state_at(self, offset: int) -> tuple[int, Any] | None:
        """(offset, state) of the nearest snapshot at or before ``offset``, waiting for the
        pass to get there; None when no pass runs (or it was stopped)."""
        with self._progress:
            if self._reached < 0:
                return None
            self._progress.wait_for(lambda: self._reached >= min(offset, len(self._view))
                                    or self._stop)
            if self._stop:
                return None
            i = bisect.bisect_right(self._offsets, offset) - 1
            return self._offsets[i], self._states[i].copy()

    def digest(self, algo: str, ranges: Ranges) -> bytes:
        """The ``algo`` digest of ``data[a:a+b] + data[c:c+d]``."""
        a, b, c, d = ranges
        key = (algo, (a, b, c, d))
        found = self._done.get(key)
        if found is not None:
            return found
        view = self._view
        snap = (self._state_at(b) if algo == "sha256" and a == 0 and 0 <= b <= len(view)
                else None)
        if snap is not None:
            offset, h = snap
            h.update(view[offset:b])
        else:
            h = self._new_hash(algo)
            h.update(view[a : a + b])
        h.update(view[c : c + d])
        out: bytes = h.digest()
        self._done[key] = out
        return out

    def file_sha256(self) -> str:
        """The SHA-256 of the whole file (hex)."""
        with self._progress:
            if self._reached >= 0 and not self._stop:
                self._progress.wait_for(lambda: self._file_sha256 is not None or self._stop)
            if self._file_sha256 is not None:
                return self._file_sha256
        return hashlib.sha256(self._view).hexdigest()
