"""Reaching behind docflow's back into either blob store, for the tests of what it notices."""

from __future__ import annotations

from docflow.storage import FileBlobStore


def behind_the_back(store, sha256: str, data: bytes) -> None:
    """Replace the stored bytes without docflow (a disk fault, an operator, an attacker)."""
    if isinstance(store, FileBlobStore):
        path = store.path(sha256)
        path.chmod(0o640)
        path.write_bytes(data)
    else:
        store.client.put_object(Bucket=store.bucket, Key=store.key(sha256), Body=data)


def remove(store, sha256: str) -> None:
    if isinstance(store, FileBlobStore):
        store.path(sha256).unlink()
    else:
        store.client.delete_object(Bucket=store.bucket, Key=store.key(sha256))


def stamp(store, sha256: str):
    """What changes when the stored object is written again."""
    if isinstance(store, FileBlobStore):
        st = store.path(sha256).stat()
        return st.st_ino, st.st_mtime_ns
    head = store.client.head_object(Bucket=store.bucket, Key=store.key(sha256))
    return head["ETag"], head["LastModified"]
