"""Both blob stores keep the same promises: content-addressed, never overwritten, damaged or
missing bytes reported as such, large files streamed. Every test runs on the file store and on
a real SeaweedFS object store (DOCFLOW_BLOB_URL=s3://...)."""

from __future__ import annotations

import hashlib
import io
import os
import re
import time
import tracemalloc

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from docflow.config import ConfigError, load_config
from docflow.models import Document
from docflow.storage import BlobMissing, FileBlobStore, blob_store
from docflow.storage.s3 import S3BlobStore
from tests.conftest import csrf_token
from tests.support.blobstores import behind_the_back, remove, stamp
from tests.support.pdfs import official_letter

MB = 1024 * 1024


@pytest.fixture
def store(blob_backend, tmp_path):
    if not blob_backend:
        return FileBlobStore(tmp_path / "blobs")
    return S3BlobStore.from_url(blob_backend["blob_url"], blob_backend["s3_endpoint_url"])


def test_store_read_and_verify(store):
    data = official_letter()
    sha = store.put(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert store.exists(sha) and store.get(sha) == data
    assert b"".join(store.iter_chunks(sha)) == data
    assert not store.exists(hashlib.sha256(b"other").hexdigest())
    with pytest.raises(BlobMissing, match="not a blob name"):
        store.get("../../etc/passwd")


def test_a_stored_blob_is_never_overwritten(store):
    sha = store.put(b"%PDF-1.7 first")
    before = stamp(store, sha)
    time.sleep(1.1)  # a rewrite would show in the modification time
    assert store.put(b"%PDF-1.7 first") == sha
    assert stamp(store, sha) == before
    if isinstance(store, S3BlobStore):  # the server refuses a conditional write over it, too
        from botocore.exceptions import ClientError

        with pytest.raises(ClientError, match="PreconditionFailed"):
            store.client.put_object(Bucket=store.bucket, Key=store.key(sha), Body=b"evil", IfNoneMatch="*")
        assert store.get(sha) == b"%PDF-1.7 first"


def test_a_damaged_blob_is_reported_as_damaged(store):
    data = official_letter()
    sha = store.put(data)
    behind_the_back(store, sha, data[:-10] + b"%%EOF\n" * 2)
    with pytest.raises(BlobMissing, match=f"blob {sha} is damaged"):
        store.get(sha)
    with pytest.raises(BlobMissing, match="damaged"):
        b"".join(store.iter_chunks(sha))  # a streamed download is cut short at its end


def test_a_missing_blob_is_reported_as_missing(store):
    sha = store.put(b"%PDF-1.7 soon gone")
    remove(store, sha)
    assert not store.exists(sha)
    with pytest.raises(BlobMissing, match=f"blob {sha} is missing"):
        store.get(sha)
    with pytest.raises(BlobMissing, match="missing"):
        store.iter_chunks(sha)


def test_a_damaged_object_is_refused_when_stored_again(s3_blobs):
    """The object store reads every write back by its hash: bytes that are not what the name
    says never become the blob a new row refers to (the file store trusts a file of the same size)."""
    store = S3BlobStore.from_url(s3_blobs["blob_url"], s3_blobs["s3_endpoint_url"])
    sha = store.put(b"%PDF-1.7 genuine")
    behind_the_back(store, sha, b"%PDF-1.7 altered")
    with pytest.raises(BlobMissing, match="damaged"):
        store.put(b"%PDF-1.7 genuine")


def test_a_50_mb_blob_is_streamed(store, capsys):
    data = os.urandom(50 * MB)
    tracemalloc.start()
    try:
        t0 = time.perf_counter()
        sha = store.put(data)
        t_put = time.perf_counter() - t0
        _, put_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        t0 = time.perf_counter()
        back = store.get(sha)
        t_get = time.perf_counter() - t0
        _, get_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert back == data
    # put: parts of 8 MiB, never a second copy of the whole; get: the result once, not twice
    assert put_peak < 0.5 * len(data), put_peak
    assert get_peak < 1.5 * len(data), get_peak
    with capsys.disabled():
        print(f"\n{type(store).__name__}: 50 MB put {t_put:.2f} s (peak {put_peak / MB:.0f} MB), "
              f"get {t_get:.2f} s (peak {get_peak / MB:.0f} MB)")


def test_blob_url_selects_the_store(tmp_path):
    base = {"DOCFLOW_DATA_DIR": str(tmp_path)}
    assert isinstance(blob_store(load_config(environ=base)), FileBlobStore)
    s3 = blob_store(load_config(environ={**base, "DOCFLOW_BLOB_URL": "s3://docs/prov/blobs",
                                         "DOCFLOW_S3_ENDPOINT_URL": "http://127.0.0.1:1"}))
    assert isinstance(s3, S3BlobStore) and (s3.bucket, s3.prefix) == ("docs", "prov/blobs/")
    assert s3.key("ab" * 32) == "prov/blobs/ab/ab/" + "ab" * 32
    for wrong in ("/var/blobs", "s3:///nobucket"):
        with pytest.raises(ConfigError, match="DOCFLOW_BLOB_URL"):
            load_config(environ={**base, "DOCFLOW_BLOB_URL": wrong})


def test_init_creates_the_bucket(seaweedfs, tmp_path, database_url):
    from docflow.cli import main

    client = seaweedfs.client()
    bucket = f"init-{os.getpid()}-{int(time.time() * 1000) % 10**8}"
    env = {"DOCFLOW_ENV": "testing", "DOCFLOW_DATA_DIR": str(tmp_path / "inst"), "DOCFLOW_DATABASE_URL": database_url,
           "DOCFLOW_SECRET_KEY": "s" * 40, "DOCFLOW_BLOB_URL": f"s3://{bucket}/docflow",
           "DOCFLOW_S3_ENDPOINT_URL": seaweedfs.endpoint, "DOCFLOW_ADMIN_PASSWORD": "Admin-pass-2026"}
    result = CliRunner().invoke(main, ["init"], env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "bucket created" in result.output
    client.head_bucket(Bucket=bucket)  # raises when it is missing
    again = CliRunner().invoke(main, ["init"], env=env, catch_exceptions=False)
    assert again.exit_code == 0 and "bucket present" in again.output, again.output


@pytest.fixture
def config_overrides(config_overrides, blob_backend):
    return {**config_overrides, **blob_backend}


def test_upload_and_download_through_the_pages(app, demo, db, make_browser, blob_backend):
    """A user uploads a draft and downloads it again: the same bytes, from either store."""
    staff = make_browser()
    staff.login("snnmt.staff")
    pdf = official_letter()
    token = csrf_token(staff.client, "/documents/new")
    response = staff.client.post("/documents/new", data={
        "csrf_token": token, "doc_type": "CV", "subject": "Lưu trữ đối tượng", "urgency": "normal",
        "confidentiality": "normal", "signer_id": str(demo["snnmt.leader"].id), "reviewer_id": "0",
        "authority_line": "", "recipients": [str(demo["stc.admin"].agency_id)],
        "main_pdf": (io.BytesIO(pdf), "cv.pdf")}, content_type="multipart/form-data")
    assert response.status_code == 302, re.findall(r"class=\"error\"[^>]*>([^<]*)", response.get_data(as_text=True))
    db.commit()
    doc = db.execute(select(Document).order_by(Document.id.desc())).scalars().first()
    store = blob_store(app.config["DOCFLOW"])
    assert store.get(doc.main_file.current.sha256) == pdf
    download = staff.get(f"/versions/{doc.main_file.current.id}/download")
    assert download.status_code == 200 and download.get_data() == pdf
    assert download.headers["Cache-Control"] == "no-store"
    assert download.headers["Content-Disposition"].startswith("attachment; filename=")
    if blob_backend:  # nothing on the local disk: the object store has it
        assert not (app.config["DOCFLOW"].data_dir / "blobs").exists()
