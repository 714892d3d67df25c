"""Every response that carries document bytes — PDFs, page images, register exports, edXML
packages, on the pages and the API — is ``Cache-Control: no-store`` and has a
``Content-Disposition`` whose file name is safe (issue 14).

One ``after_request`` hook instead of a rule per view: the API answered PDFs without any
``Cache-Control`` (its requests carry a token, not a login, so the pages' no-store never applied),
and file names came from uploads (``"``, CR/LF, ``/`` or ``\\`` in a name reached the header).
The public PKI answers (CRL, CA certificate, OCSP, TSA) are not documents and keep their caching.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from flask import Flask, Response, request, send_file

from ..storage import BlobStore

__all__ = ["init_app", "safe_disposition", "clean_filename", "DOCUMENT_TYPES", "send_blob"]

DOCUMENT_TYPES = frozenset({
    "application/pdf", "image/png", "text/csv", "application/zip", "application/xml", "text/xml",
    "application/octet-stream", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
})
_NOT_DOCUMENTS = ("static", "pki_public.")
_FILENAME = re.compile(r"""filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)|filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]+)""")


def clean_filename(name: str) -> str:
    """No path separators (a notation such as 15/QĐ-STNMT keeps its parts), control characters
    or quotes; at most 150 characters."""
    name = re.sub(r"[/\\]+", "-", name)
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C" and c not in '"\'`<>|*?:;')
    name = re.sub(r"\s+", " ", name).strip(" .")
    return name[:150] or "document"


def send_blob(blobs: BlobStore, sha256: str, *, mimetype: str, download_name: str) -> Response:
    """A stored blob as a download: the file itself from the file store, or streamed from the
    object store in chunks (hashed on the way: a damaged object cuts the download short)."""
    path = blobs.path(sha256)
    if path is not None:
        return send_file(path, mimetype=mimetype, as_attachment=True, download_name=download_name, max_age=0,
                         etag=sha256)
    chunks = blobs.iter_chunks(sha256)  # BlobMissing here, before any byte is sent, when it is missing
    response = Response(chunks, mimetype=mimetype, direct_passthrough=True)
    response.headers["Content-Disposition"] = safe_disposition(None, download_name)
    response.set_etag(sha256)
    return response


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9._-]+", "_", folded).strip("_") or "document"


def safe_disposition(current: str | None, default_name: str, *, inline: bool = False) -> str:
    """``attachment; filename="ascii"; filename*=UTF-8''utf8`` from whatever a view said."""
    kind = "inline" if inline else "attachment"
    name = default_name
    if current:
        head = current.split(";", 1)[0].strip().lower()
        kind = head if head in ("inline", "attachment") else kind
        from urllib.parse import unquote

        for star, plain in _FILENAME.findall(current):
            if star:
                name = unquote(star.strip())
                break
            if plain:
                name = plain.strip().strip('"').replace('\\"', '"')
    name = clean_filename(name)
    return f"{kind}; filename=\"{_ascii(name)}\"; filename*=UTF-8''{quote(name, safe='')}"


def _default_name(response: Response) -> str:
    ext = {"application/pdf": "pdf", "image/png": "png", "text/csv": "csv", "application/zip": "zip",
           "application/xml": "xml", "text/xml": "xml"}.get(response.mimetype or "", "bin")
    if response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
        ext = "xlsx"
    args = "-".join(str(v) for v in (request.view_args or {}).values())
    return f"{(request.endpoint or 'document').replace('.', '-')}{'-' + args if args else ''}.{ext}"


def _protect(response: Response) -> Response:
    endpoint = request.endpoint or ""
    if response.mimetype not in DOCUMENT_TYPES or endpoint.startswith(_NOT_DOCUMENTS) or response.status_code >= 300:
        return response
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    response.headers.pop("Expires", None)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Disposition"] = safe_disposition(
        response.headers.get("Content-Disposition"), _default_name(response),
        inline=response.mimetype == "image/png")
    return response


def init_app(app: Flask) -> None:
    app.after_request(_protect)
