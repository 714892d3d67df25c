"""Upload forms that never lose work (the draft form).

- A file over the limit does not cost the form: on the draft pages the request may be larger
  than ``MAX_CONTENT_LENGTH`` (up to ``HARD_CAP``), every file part is kept only up to the limit
  (+1 byte, to know it was over) and the rest is read and dropped, so all the typed fields
  still arrive and the form comes back filled with "the file is larger than the limit". The
  browser checks the size before sending (``static/uploads.js``), so this is the fallback.
- A chosen file survives a refusal: when the form comes back with errors, the file is stored
  in the blob store and the form carries a signed token naming it (bound to the person, valid
  for a day); sending the form again without choosing another file uses it.
"""

from __future__ import annotations

import tempfile
from typing import IO, Any

from flask import Request, current_app, has_app_context
from flask_login import current_user
from itsdangerous import BadSignature, URLSafeTimedSerializer

__all__ = ["UploadRequest", "HARD_CAP", "LARGE_UPLOAD_ENDPOINTS", "over_limit", "pending_token", "pending_upload"]

LARGE_UPLOAD_ENDPOINTS = frozenset({"documents.new", "documents.edit", "incoming.new"})
HARD_CAP = 1024 * 1024 * 1024  # beyond this even the draft form answers 413
_PENDING_SALT = "docflow.pending-upload"
_PENDING_MAX_AGE = 24 * 3600


def _limit() -> int:
    return int(current_app.config["DOCFLOW"].max_upload_mb) * 1024 * 1024


class _CappedSpool(tempfile.SpooledTemporaryFile):  # type: ignore[type-arg]
    """Keeps at most ``cap + 1`` bytes of a file part; ``overflowed`` says more came."""

    def __init__(self, cap: int) -> None:
        super().__init__(max_size=1024 * 1024, mode="w+b")
        self.cap, self.kept, self.overflowed = cap, 0, False

    def write(self, data: Any) -> int:  # type: ignore[override]
        room = self.cap + 1 - self.kept
        if len(data) > room:
            self.overflowed = True
        if room > 0:
            chunk = bytes(data[:room])
            self.kept += len(chunk)
            super().write(chunk)
        return len(data)


class UploadRequest(Request):
    """The draft pages accept large requests and cap each file part; every other page keeps
    ``MAX_CONTENT_LENGTH``."""

    def _large(self) -> bool:
        return self.endpoint in LARGE_UPLOAD_ENDPOINTS and has_app_context()

    @property  # type: ignore[override]
    def max_content_length(self) -> int | None:
        if self._large():
            return max(HARD_CAP, 2 * _limit())
        return super().max_content_length

    @max_content_length.setter
    def max_content_length(self, value: int | None) -> None:
        self._max_content_length = value

    def _get_file_stream(self, total_content_length: int | None, content_type: str | None,
                         filename: str | None = None, content_length: int | None = None) -> IO[bytes]:
        if self._large():
            return _CappedSpool(_limit())  # type: ignore[return-value]
        return super()._get_file_stream(total_content_length, content_type, filename, content_length)


def over_limit(storage) -> bool:
    """True when the uploaded file was larger than the limit (its tail was dropped)."""
    return bool(getattr(getattr(storage, "stream", None), "overflowed", False))


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_PENDING_SALT)


def pending_token(blobs, filename: str, data: bytes) -> str:
    """Keep a chosen file for the next submission of the form (the blob store holds the bytes)."""
    sha = blobs.put(data)
    return _serializer().dumps({"u": int(current_user.id), "s": sha, "n": filename[:255], "z": len(data)})


def pending_upload(blobs, token: str | None) -> tuple[str, bytes] | None:
    """The file a token names, if the token is this person's, recent and intact."""
    if not token:
        return None
    try:
        data = _serializer().loads(token, max_age=_PENDING_MAX_AGE)
    except BadSignature:
        return None
    if not isinstance(data, dict) or data.get("u") != int(current_user.id):
        return None
    try:
        content = blobs.get(str(data["s"]))
    except Exception:  # noqa: BLE001 - a blob that is gone: the person chooses the file again
        return None
    return str(data["n"]), content
