"""Content-addressed storage of PDF bytes: files on one machine, or an S3-compatible object store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .blobs import BlobMissing, BlobStore, FileBlobStore

if TYPE_CHECKING:
    from ..config import Config
    from .s3 import S3BlobStore

__all__ = ["BlobStore", "FileBlobStore", "BlobMissing", "blob_store"]


def blob_store(config: Config) -> FileBlobStore | S3BlobStore:
    """The installation's blob store: ``DOCFLOW_BLOB_URL=s3://...`` or files under the data directory."""
    if config.blob_url.startswith("s3://"):
        from .s3 import S3BlobStore  # boto3 is imported only by installations that use it

        return S3BlobStore.from_url(config.blob_url, config.s3_endpoint_url)
    return FileBlobStore(config.blob_dir)
