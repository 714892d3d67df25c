"""Backup and restore round trip: ``docflow backup`` then ``docflow restore`` into an empty
installation; every stored version verifies with the same verdict, the audit chain is intact,
and damaged, altered or incomplete backups are refused before anything is touched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from docflow.audit.trail import verify_chain
from docflow.backup import BackupError, backup, restore, verify_manifest
from docflow.models import AuditEvent, Document, FileVersion
from docflow.runtime import trust_context
from docflow.storage import blob_store
from docflow.verification.engine import verify_pdf
from tests.support.blobstores import behind_the_back
from tests.workflow.helpers import issued_document

from .support import Installation, private_database


def _verdicts(app) -> dict[int, str]:
    config = app.config["DOCFLOW"]
    blobs = blob_store(config)
    with app.extensions["docflow.sessionmaker"]() as db:
        trust = trust_context(db, config)
        return {v.id: verify_pdf(blobs.get(v.sha256), trust).verdict
                for v in db.execute(select(FileVersion).order_by(FileVersion.id)).scalars()}


@pytest.fixture
def config_overrides(config_overrides, blob_backend):
    """Every test here on the file store and on SeaweedFS (DOCFLOW_BLOB_URL=s3://...)."""
    return {**config_overrides, **blob_backend}


def _other_store(blob_backend: dict) -> dict:
    """An empty store of the same kind for the restored installation (another prefix)."""
    if not blob_backend:
        return {}
    return {**blob_backend, "blob_url": blob_backend["blob_url"].replace("/blobs", "/restored")}


def _target(tmp_path: Path, database_url: str):
    """An empty installation on the same kind of database as the test run."""
    if database_url.startswith("sqlite"):
        return _nullcontext(f"sqlite:///{tmp_path / 'restored.sqlite3'}")
    return private_database(database_url, "restore")


class _nullcontext:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


def test_backup_restore_round_trip(world, tmp_path, database_url, blob_backend):
    docs = [issued_document(world), issued_document(world, dispatch=False)]
    world.db.commit()
    before = _verdicts(world.app)
    assert "TOTAL_PASSED" in before.values()
    with world.app.extensions["docflow.sessionmaker"]() as db:
        events = db.execute(select(func.count()).select_from(AuditEvent)).scalar()
    out = tmp_path / "backup"
    result = backup(world.config, out)
    assert result.blobs >= 4 and (out / "manifest.json").is_file()
    manifest = verify_manifest(out)
    assert all(len(h) == 64 for h in manifest["files"].values())
    with _target(tmp_path, database_url) as url:
        # the same secret key (it derives the development CA's passphrase: CRLs need the CA)
        inst = Installation(tmp_path / "restored", url, secret_key=world.config.secret_key,
                            blobs=_other_store(blob_backend))
        app = inst.app()
        app.extensions["docflow.engine"].dispose()
        restore(app.config["DOCFLOW"], out)
        app = inst.app()
        try:
            assert _verdicts(app) == before  # same verdicts for every stored version
            with app.extensions["docflow.sessionmaker"]() as db:
                assert verify_chain(db) is None
                assert db.execute(select(func.count()).select_from(AuditEvent)).scalar() == events
                numbers = sorted(db.execute(select(Document.number).where(Document.number.is_not(None))).scalars())
                assert numbers == sorted(d.number for d in docs)
            # a second restore into the now non-empty installation is refused without --force
            app.extensions["docflow.engine"].dispose()
            with pytest.raises(BackupError, match="not empty"):
                restore(app.config["DOCFLOW"], out)
            restore(app.config["DOCFLOW"], out, force=True)
            assert _verdicts(app) == before
        finally:
            app.extensions["docflow.engine"].dispose()


def test_restore_refuses_damaged_or_altered_backups(world, tmp_path):
    issued_document(world, dispatch=False)
    out = tmp_path / "backup"
    backup(world.config, out)
    blob = next(p for p in (out / "blobs").rglob("*") if p.is_file())
    original = blob.read_bytes()
    blob.chmod(0o640)
    blob.write_bytes(original[:-10] + b"%%EOF\n" * 2)
    target = Installation(tmp_path / "t", f"sqlite:///{tmp_path / 't.sqlite3'}").app().config["DOCFLOW"]
    with pytest.raises(BackupError, match="does not match its hash"):
        restore(target, out)
    blob.write_bytes(original)
    (out / "blobs" / "extra.pdf").write_bytes(b"%PDF-1.7 planted")
    with pytest.raises(BackupError, match="not in the manifest"):
        restore(target, out)
    (out / "blobs" / "extra.pdf").unlink()
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["files"]["../../etc/passwd"] = "0" * 64
    (out / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BackupError, match="outside the backup"):
        restore(target, out)
    assert not target.blob_dir.exists()  # nothing was touched


def test_backup_refuses_a_damaged_blob_in_the_store(world, tmp_path):
    doc = issued_document(world, dispatch=False)
    store = blob_store(world.config)
    sha = doc.main_file.current.sha256
    behind_the_back(store, sha, store.get(sha)[:-10] + b"%%EOF\n" * 2)
    with pytest.raises(BackupError, match=f"blob {sha} is damaged"):
        backup(world.config, tmp_path / "backup")


def test_backup_refuses_a_non_empty_directory(app, tmp_path):
    out = tmp_path / "b"
    out.mkdir()
    (out / "x").write_text("x")
    with pytest.raises(BackupError, match="not empty"):
        backup(app.config["DOCFLOW"], out)


def test_cli_backup_and_restore(world, tmp_path, database_url, blob_backend):
    from docflow.cli import main

    issued_document(world, dispatch=False)
    runner = CliRunner()
    source_env = {"DOCFLOW_ENV": "testing", "DOCFLOW_DATA_DIR": str(world.config.data_dir),
                  "DOCFLOW_DATABASE_URL": database_url, "DOCFLOW_SECRET_KEY": world.config.secret_key,
                  "DOCFLOW_CA_KEY_ALGORITHM": "ec-p256"}
    restored_blobs: dict = {}
    if blob_backend:
        source_env.update({"DOCFLOW_BLOB_URL": blob_backend["blob_url"],
                           "DOCFLOW_S3_ENDPOINT_URL": blob_backend["s3_endpoint_url"]})
        restored_blobs = _other_store(blob_backend)
        restored_env = {"DOCFLOW_BLOB_URL": restored_blobs["blob_url"]}
    else:
        restored_env = {}
    out = tmp_path / "cli-backup"
    result = runner.invoke(main, ["backup", "-o", str(out)], env=source_env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "manifest" in result.output
    with _target(tmp_path, database_url) as url:
        env = {**source_env, "DOCFLOW_DATA_DIR": str(tmp_path / "cli-restored"), "DOCFLOW_DATABASE_URL": url,
               **restored_env}
        result = runner.invoke(main, ["restore", str(out)], env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        result = runner.invoke(main, ["restore", str(out)], env=env, catch_exceptions=False)
        assert result.exit_code != 0 and "--force" in result.output
        result = runner.invoke(main, ["audit", "verify"], env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        from docflow import create_app

        restored = create_app({"env": "testing", "data_dir": tmp_path / "cli-restored", "database_url": url,
                               "secret_key": env["DOCFLOW_SECRET_KEY"], **restored_blobs})
        assert set(_verdicts(restored).values()) == set(_verdicts(world.app).values())
        restored.extensions["docflow.engine"].dispose()
