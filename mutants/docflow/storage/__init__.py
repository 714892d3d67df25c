"""Content-addressed storage of PDF bytes."""

from .blobs import BlobMissing, BlobStore, FileBlobStore

__all__ = ["BlobStore", "FileBlobStore", "BlobMissing"]
