"""Blobs in an S3-compatible object store (SeaweedFS, MinIO, Ceph RGW, AWS S3), selected by
``DOCFLOW_BLOB_URL=s3://BUCKET/PREFIX`` with the endpoint in ``DOCFLOW_S3_ENDPOINT_URL`` and the
credentials in ``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY`` (read by botocore itself).

The guarantees of the file store, over the network:
- content-addressed: the key is ``PREFIX/ab/cd/<sha256>`` of the bytes;
- never overwritten: a HEAD first, then a conditional write (``If-None-Match: *`` on the
  single PUT or on CompleteMultipartUpload), so two nodes storing the same new bytes at once
  cannot replace each other's object, and an existing object is never touched;
- written and read back: after the write the object is streamed back and hashed before
  ``put`` returns, so the row that names it commits only once the store really has the bytes;
- damaged or missing objects raise ``BlobMissing`` with "damaged" or "missing", as files do;
- streaming: a large blob goes up in 8 MiB parts and comes down in 1 MiB chunks, hashed on
  the way; the caller's bytes are never copied whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import threading
from collections.abc import Iterator
from typing import Any

from .blobs import BlobMissing, _check_name, _crash_window

__all__ = ["S3BlobStore", "parse_s3_url"]

PART_SIZE = 8 * 1024 * 1024  # multipart above this; S3's minimum part is 5 MiB
CHUNK = 1024 * 1024

_clients: dict[tuple[str, str, str], Any] = {}
_clients_lock = threading.Lock()


def parse_s3_url(url: str) -> tuple[str, str]:
    """``s3://bucket/some/prefix`` -> ("bucket", "some/prefix/") (the prefix may be empty)."""
    if not url.startswith("s3://"):
        raise ValueError(f"not an s3:// URL: {url!r}")
    bucket, _, prefix = url[len("s3://"):].partition("/")
    if not bucket:
        raise ValueError(f"no bucket in {url!r} (s3://BUCKET/PREFIX)")
    prefix = prefix.strip("/")
    return bucket, (prefix + "/" if prefix else "")


def _client(endpoint_url: str) -> Any:
    """One boto3 client per endpoint and credentials per process (clients are thread-safe and
    expensive to build; a request builds a store, not a client)."""
    import boto3
    from botocore.config import Config as BotoConfig

    key = (endpoint_url, os.environ.get("AWS_ACCESS_KEY_ID", ""), str(os.getpid()))
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            client = boto3.session.Session().client(
                "s3", endpoint_url=endpoint_url or None,
                region_name=os.environ.get("AWS_DEFAULT_REGION") or os.environ.get("AWS_REGION") or "us-east-1",
                config=BotoConfig(s3={"addressing_style": "path"}, retries={"max_attempts": 5, "mode": "standard"},
                                  connect_timeout=10, read_timeout=120, max_pool_connections=20))
            _clients[key] = client
    return client


def _code(exc: Exception) -> str:
    response = getattr(exc, "response", None) or {}
    return str(response.get("Error", {}).get("Code", "")) or str(response.get("ResponseMetadata", {})
                                                                 .get("HTTPStatusCode", ""))


class S3BlobStore:
    """Blobs as objects ``s3://bucket/prefix/ab/cd/<sha256>``."""

    def __init__(self, bucket: str, prefix: str = "", endpoint_url: str = "", client: Any = None) -> None:
        self.bucket, self.prefix, self.endpoint_url = bucket, prefix, endpoint_url
        self.client = client if client is not None else _client(endpoint_url)

    @classmethod
    def from_url(cls, url: str, endpoint_url: str = "") -> S3BlobStore:
        bucket, prefix = parse_s3_url(url)
        return cls(bucket, prefix, endpoint_url)

    def key(self, sha256: str) -> str:
        name = _check_name(sha256)
        return f"{self.prefix}{name[:2]}/{name[2:4]}/{name}"

    def path(self, sha256: str) -> None:
        """No local file: readers use ``get`` or ``iter_chunks``."""
        return None

    def _head(self, sha256: str) -> dict | None:
        from botocore.exceptions import ClientError

        try:
            return self.client.head_object(Bucket=self.bucket, Key=self.key(sha256))
        except ClientError as exc:
            if _code(exc) in {"404", "NoSuchKey", "NotFound"}:
                return None
            raise

    def exists(self, sha256: str) -> bool:
        return self._head(sha256) is not None

    def put(self, data: bytes) -> str:
        sha256 = hashlib.sha256(data).hexdigest()
        if self._head(sha256) is None:  # never overwritten: an existing object is left as it is
            self._write(self.key(sha256), data)
        self._read_back(sha256)  # the store has these bytes under this name (or we refuse)
        _crash_window()
        return sha256

    def _write(self, key: str, data: bytes) -> None:
        from botocore.exceptions import ClientError

        try:
            if len(data) <= PART_SIZE:
                self.client.put_object(Bucket=self.bucket, Key=key, Body=data, IfNoneMatch="*",
                                       ContentType="application/octet-stream")
            else:
                self._write_parts(key, memoryview(data))
        except ClientError as exc:
            # another writer stored the same name first: same name, same bytes (checked by the read-back)
            if _code(exc) not in {"PreconditionFailed", "412", "ConditionalRequestConflict", "409"}:
                raise

    def _write_parts(self, key: str, view: memoryview) -> None:
        upload = self.client.create_multipart_upload(Bucket=self.bucket, Key=key,
                                                     ContentType="application/octet-stream")
        upload_id = upload["UploadId"]
        try:
            parts = []
            for number, start in enumerate(range(0, len(view), PART_SIZE), start=1):
                body = view[start:start + PART_SIZE].tobytes()  # one part copied at a time, never the whole
                answer = self.client.upload_part(Bucket=self.bucket, Key=key, UploadId=upload_id,
                                                 PartNumber=number, Body=body)
                parts.append({"PartNumber": number, "ETag": answer["ETag"]})
            self.client.complete_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id,
                                                  MultipartUpload={"Parts": parts}, IfNoneMatch="*")
        except BaseException:
            with contextlib.suppress(Exception):  # the original error matters; leftover parts expire
                self.client.abort_multipart_upload(Bucket=self.bucket, Key=key, UploadId=upload_id)
            raise

    def _open(self, sha256: str) -> Any:
        from botocore.exceptions import ClientError

        try:
            return self.client.get_object(Bucket=self.bucket, Key=self.key(sha256))
        except ClientError as exc:
            if _code(exc) in {"404", "NoSuchKey", "NotFound"}:
                raise BlobMissing(f"blob {sha256} is missing") from None
            raise

    def iter_chunks(self, sha256: str) -> Iterator[bytes]:
        """The blob in chunks, hashed on the way; BlobMissing at once when it is missing, and
        after the last chunk when it is damaged (a streamed download is then cut short)."""
        answer = self._open(sha256)
        return self._chunks(sha256, answer)

    def _chunks(self, sha256: str, answer: dict) -> Iterator[bytes]:
        digest = hashlib.sha256()
        body = answer["Body"]
        try:
            for chunk in body.iter_chunks(CHUNK):
                digest.update(chunk)
                yield chunk
        finally:
            body.close()
        if digest.hexdigest() != sha256:
            raise BlobMissing(f"blob {sha256} is damaged")

    def _read_back(self, sha256: str) -> None:
        for _chunk in self.iter_chunks(sha256):
            pass

    def get(self, sha256: str) -> bytes:
        answer = self._open(sha256)
        buf = io.BytesIO()
        for chunk in self._chunks(sha256, answer):
            buf.write(chunk)
        return buf.getvalue()

    # -- administration: ``docflow init``, backup and restore ------------------------------------

    def ensure_bucket(self) -> bool:
        """Create the bucket when it is missing; True when it was created."""
        from botocore.exceptions import ClientError

        try:
            self.client.head_bucket(Bucket=self.bucket)
            return False
        except ClientError as exc:
            if _code(exc) not in {"404", "NoSuchBucket", "NotFound"}:
                raise
        try:
            self.client.create_bucket(Bucket=self.bucket)
        except ClientError as exc:
            if _code(exc) not in {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}:
                raise
        return True

    def names(self) -> Iterator[str]:
        """Every blob name in the store (objects under the prefix that look like blobs)."""
        pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix)
        for page in pages:
            for item in page.get("Contents", []):
                name = item["Key"].rsplit("/", 1)[-1]
                if len(name) == 64 and all(c in "0123456789abcdef" for c in name):
                    yield name

    def is_empty(self) -> bool:
        from botocore.exceptions import ClientError

        try:
            answer = self.client.list_objects_v2(Bucket=self.bucket, Prefix=self.prefix, MaxKeys=1)
        except ClientError as exc:
            if _code(exc) in {"404", "NoSuchBucket"}:
                return True
            raise
        return not answer.get("Contents")

