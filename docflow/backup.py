"""Backup and restore of an installation: a consistent database dump, the blob store, the
instance files (development CA, trust store, secret key), and a manifest of SHA-256 hashes.

Consistency: the database is dumped first, in one snapshot (PostgreSQL: ``pg_dump
--serializable-deferrable``; SQLite: the online backup API, which copies a single consistent
state while docflow keeps running). Blobs are copied afterwards: the store is content-addressed
and append-only, and every service writes a blob *before* the row that references it commits,
so every blob the snapshot references is already on disk when the copy starts. Blobs written
later are unreferenced by the snapshot and harmless.

With ``DOCFLOW_BLOB_URL=s3://...`` the blobs are read from the object store (streamed, each
hashed on the way) into the same ``blobs/ab/cd/<sha256>`` files, and restored into the
installation's object store (never overwriting an object: same name, same bytes), so a backup
taken from files restores into an object store and back.

Restore refuses an installation that is not empty (tables in its database or blobs in its
store) unless ``force=True``, and verifies the manifest before it touches anything.

No Flask here: the CLI (``docflow backup`` / ``docflow restore``, docflow/cli_ops.py) and the
tests call these functions with a ``Config``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url

from .config import Config
from .storage import BlobMissing, FileBlobStore, blob_store

__all__ = ["BackupError", "BackupResult", "backup", "restore", "verify_manifest", "MANIFEST"]

MANIFEST = "manifest.json"
FORMAT = 1
_DB_SQLITE = "database.sqlite3"
_DB_PG = "database.pgdump"
_SKIP_INSTANCE = {"blobs", "cache"}  # blobs are copied on their own; caches are rebuilt
_TIMEOUT = 3600


class BackupError(Exception):
    """The backup cannot be made or restored (message for the operator)."""


@dataclass(frozen=True)
class BackupResult:
    directory: Path
    files: int
    blobs: int
    bytes: int


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection string without the password (passed in the environment instead, so
    it never shows in the process list)."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    tool = shutil.which(cmd[0])
    if tool is None:
        raise BackupError(f"{cmd[0]} is not installed (needed for PostgreSQL backups)")
    proc = subprocess.run([tool, *cmd[1:]], env=env, capture_output=True, text=True, timeout=_TIMEOUT, check=False)
    if proc.returncode != 0:
        raise BackupError(f"{cmd[0]} failed: {proc.stderr.strip()[-2000:]}")


def _sqlite_path(url: URL) -> Path:
    if not url.database or url.database == ":memory:":
        raise BackupError("an in-memory SQLite database cannot be backed up")
    return Path(url.database)


def _instance_files(data_dir: Path, sqlite_db: Path | None) -> list[Path]:
    out: list[Path] = []
    if not data_dir.is_dir():
        return out
    for path in sorted(data_dir.rglob("*")):
        rel = path.relative_to(data_dir)
        if not path.is_file() or rel.parts[0] in _SKIP_INSTANCE or path.name.startswith(".tmp-"):
            continue
        if sqlite_db is not None and path.name.startswith(sqlite_db.name) and path.parent == sqlite_db.parent:
            continue  # the live database file and its -wal/-shm: dumped through the backup API
        out.append(path)
    return out


def backup(config: Config, out_dir: Path) -> BackupResult:
    """Write a backup of ``config``'s installation into the new (or empty) ``out_dir``."""
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise BackupError(f"{out_dir} is not empty")
    out_dir.mkdir(parents=True, exist_ok=True)
    url = make_url(config.sqlalchemy_url)
    files: dict[str, str] = {}
    sqlite_db = None
    # 1. the database, one consistent snapshot
    if url.get_backend_name() == "sqlite":
        sqlite_db = _sqlite_path(url).resolve()
        target = out_dir / _DB_SQLITE
        src = sqlite3.connect(f"file:{sqlite_db}?mode=ro", uri=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
            src.close()
        db_file = _DB_SQLITE
    elif url.get_backend_name() == "postgresql":
        conninfo, env = _libpq(url)
        _run(["pg_dump", "--format=custom", "--serializable-deferrable", "--no-owner", "--no-privileges",
              "--file", str(out_dir / _DB_PG), "--dbname", conninfo], env)
        db_file = _DB_PG
    else:
        raise BackupError(f"backups of {url.get_backend_name()} databases are not supported")
    files[db_file] = _sha256(out_dir / db_file)
    # 2. blobs (after the snapshot: everything it references is already on disk)
    blob_root = config.blob_dir
    blobs = 0
    store = blob_store(config)
    if not isinstance(store, FileBlobStore):
        for name in sorted(store.names()):
            rel = Path("blobs") / name[:2] / name[2:4] / name
            (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            try:
                with (out_dir / rel).open("wb") as fh:
                    for chunk in store.iter_chunks(name):
                        fh.write(chunk)
            except BlobMissing as exc:
                raise BackupError(f"{exc} in the object store") from None
            files[rel.as_posix()] = name
            blobs += 1
    elif blob_root.is_dir():
        for path in sorted(blob_root.rglob("*")):
            if not path.is_file() or path.name.startswith(".tmp-"):
                continue
            rel = Path("blobs") / path.relative_to(blob_root)
            (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, out_dir / rel)
            digest = _sha256(out_dir / rel)
            if digest != path.name:
                raise BackupError(f"blob {path.name} is damaged in the store (its bytes hash to {digest})")
            files[rel.as_posix()] = digest
            blobs += 1
    # 3. instance files: development CA, trust store, secret key, ...
    for path in _instance_files(config.data_dir, sqlite_db):
        rel = Path("instance") / path.relative_to(config.data_dir)
        (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, out_dir / rel)
        files[rel.as_posix()] = _sha256(out_dir / rel)
    manifest = {
        "format": FORMAT, "created_at": dt.datetime.now(dt.UTC).isoformat(), "dialect": url.get_backend_name(),
        "database": db_file, "files": files,
    }
    tmp = out_dir / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True))
    os.replace(tmp, out_dir / MANIFEST)  # the manifest last: a backup without it is incomplete
    size = sum((out_dir / name).stat().st_size for name in files)
    return BackupResult(out_dir, len(files), blobs, size)


def verify_manifest(in_dir: Path) -> dict:
    """The manifest, after checking every listed file's hash and that nothing else is there."""
    in_dir = Path(in_dir)
    try:
        manifest = json.loads((in_dir / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        raise BackupError(f"no readable manifest in {in_dir} ({exc})") from None
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
        raise BackupError("the manifest has an unknown format")
    files: dict[str, str] = manifest["files"]
    for rel, digest in files.items():
        path = (in_dir / rel).resolve()
        if in_dir.resolve() not in path.parents:
            raise BackupError(f"the manifest names a file outside the backup: {rel!r}")
        if not path.is_file():
            raise BackupError(f"{rel} is missing from the backup")
        if _sha256(path) != digest:
            raise BackupError(f"{rel} does not match its hash in the manifest (damaged or altered)")
    extra = sorted(p.relative_to(in_dir).as_posix() for p in in_dir.rglob("*")
                   if p.is_file() and p.name != MANIFEST and p.relative_to(in_dir).as_posix() not in files)
    if extra:
        raise BackupError(f"files not in the manifest: {', '.join(extra[:5])}")
    if manifest.get("database") not in files:
        raise BackupError("the backup has no database dump")
    return manifest


def _is_empty(config: Config) -> tuple[bool, str]:
    engine = create_engine(config.sqlalchemy_url)
    try:
        tables = inspect(engine).get_table_names()
    finally:
        engine.dispose()
    if tables:
        return False, f"its database has {len(tables)} tables"
    store = blob_store(config)
    if not isinstance(store, FileBlobStore):
        if not store.is_empty():
            return False, f"its object store {config.blob_url} is not empty"
    elif config.blob_dir.is_dir() and any(p.is_file() for p in config.blob_dir.rglob("*")):
        return False, "its blob store is not empty"
    return True, ""


def restore(config: Config, in_dir: Path, *, force: bool = False) -> BackupResult:
    """Restore the backup in ``in_dir`` into ``config``'s installation (empty unless ``force``)."""
    in_dir = Path(in_dir)
    manifest = verify_manifest(in_dir)  # before anything is touched
    url = make_url(config.sqlalchemy_url)
    if manifest["dialect"] != url.get_backend_name():
        raise BackupError(f"the backup is of a {manifest['dialect']} database; this installation uses "
                          f"{url.get_backend_name()}")
    empty, why = _is_empty(config)
    if not empty and not force:
        raise BackupError(f"the installation is not empty ({why}); restore with --force to replace it")
    files: dict[str, str] = manifest["files"]
    # 1. the database
    if url.get_backend_name() == "sqlite":
        target = _sqlite_path(url)
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{(in_dir / _DB_SQLITE).resolve()}?mode=ro&immutable=1", uri=True)
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)  # replaces every page of the target
        finally:
            dst.close()
            src.close()
    else:
        if not empty:
            engine = create_engine(config.sqlalchemy_url, isolation_level="AUTOCOMMIT")
            with engine.connect() as conn:
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            engine.dispose()
        conninfo, env = _libpq(url)
        _run(["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
              "--dbname", conninfo, str(in_dir / _DB_PG)], env)
    # 2. blobs (content-addressed: a file with the same name has the same bytes)
    store = blob_store(config)
    objects = not isinstance(store, FileBlobStore)
    if not isinstance(store, FileBlobStore):
        # objects are never deleted nor overwritten: those already there have the same bytes
        # as the backup's files of the same name; others stay unreferenced (harmless)
        store.ensure_bucket()
    elif force and config.blob_dir.is_dir():
        shutil.rmtree(config.blob_dir)
    blobs = 0
    for rel in files:
        parts = Path(rel).parts
        if parts[0] == "blobs" and objects:
            if store.put((in_dir / rel).read_bytes()) != parts[-1]:
                raise BackupError(f"{rel} does not match its name")
            blobs += 1
            continue
        if parts[0] == "blobs":
            target = config.blob_dir.joinpath(*parts[1:])
        elif parts[0] == "instance":
            target = config.data_dir.joinpath(*parts[1:])
        else:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(".tmp-" + target.name)
        shutil.copyfile(in_dir / rel, tmp)
        os.replace(tmp, target)
        if parts[0] == "blobs":
            os.chmod(target, 0o440)
            blobs += 1
        elif "pki" in parts or target.name == "secret_key":
            os.chmod(target, 0o600)
    size = sum((in_dir / name).stat().st_size for name in files)
    return BackupResult(in_dir, len(files), blobs, size)
