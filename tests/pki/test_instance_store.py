"""The development CA and the trust store live in the database, not in a node's data
directory (issue 24): nodes with separate data directories share one CA, two nodes starting
at once on an empty database end with one CA, an anchor added on one node is trusted on the
other, the keys stay encrypted, and an installation from before keeps its CA and anchors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from sqlalchemy import delete, func, select

from docflow.models import InstanceFile
from docflow.pki import keystore, service, truststore
from docflow.pki.ca import DevCA
from tests.conftest import FAST_KDF
from tests.support.pki import TestCA

ROOT = Path(__file__).resolve().parents[2]


def _node(cfg, tmp_path: Path, name: str):
    """The same installation seen from another node: its own, empty data directory."""
    return replace(cfg, data_dir=tmp_path / name)


def _empty_instance(db) -> None:
    db.execute(delete(InstanceFile))
    db.commit()


def test_nodes_with_separate_data_directories_share_one_ca_and_nothing_is_on_disk(app, db, tmp_path):
    cfg = app.config["DOCFLOW"]
    a, b = service.ensure_dev_ca(cfg), service.ensure_dev_ca(_node(cfg, tmp_path, "node-b"))
    assert a.root.certificate == b.root.certificate and a.issuing.certificate == b.issuing.certificate
    assert service.dev_tsa(cfg).certificate == service.dev_tsa(_node(cfg, tmp_path, "node-b")).certificate
    # the node's data directory holds no CA and no trust directory
    assert not (cfg.data_dir / "pki").exists() and not (cfg.data_dir / "trust").exists()
    # the root is a trust anchor on every node
    assert a.root.certificate in service.trust_anchors(_node(cfg, tmp_path, "node-c"))
    # keys are stored only encrypted, and open with the CA passphrase
    rows = dict(db.execute(select(InstanceFile.name, InstanceFile.content).where(InstanceFile.kind == "ca")).all())
    assert set(rows) == {"root.pem", "root.key.enc", "issuing.pem", "issuing.key.enc", "tsa.pem", "tsa.key.enc"}
    for name in ("root.key.enc", "issuing.key.enc", "tsa.key.enc"):
        assert b"PRIVATE KEY" not in rows[name] and b"-----BEGIN" not in rows[name]
    key = keystore.unlock(rows["issuing.key.enc"], service._ca_passphrase(cfg))
    assert keystore.same_public_key(key.public_key(), a.issuing.certificate.public_key())


_RACE = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from docflow.config import load_config
    from docflow.pki import instance_store, service, truststore
    from tests.conftest import FAST_KDF

    data_dir, database_url, rendezvous, me = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    config = load_config({"env": "testing", "secret_key": "test-secret-key-" + "x" * 32, "data_dir": data_dir,
                          "database_url": database_url, "ca_key_algorithm": "ec-p256",
                          "extra": {"pki_kdf": FAST_KDF}})
    insert, won = instance_store.insert_all, []

    def at_the_same_time(url, files):
        # both nodes have made their CA; neither inserts before the other is ready to
        if ("ca", "root.pem") in files:
            (rendezvous / me).touch()
            deadline = time.monotonic() + 60
            while len(list(rendezvous.iterdir())) < 2 and time.monotonic() < deadline:
                time.sleep(0.01)
            won.append(insert(url, files))
            return won[-1]
        return insert(url, files)

    instance_store.insert_all = at_the_same_time
    service.prepare_instance(config)
    ca = service.ensure_dev_ca(config)
    print(json.dumps({"won": won, "root": truststore.fingerprint(ca.root.certificate),
                      "tsa": service.dev_tsa(config).certificate.serial_number}))
""")


def test_two_nodes_starting_at_once_on_an_empty_database_create_one_ca(app, db, tmp_path):
    cfg = app.config["DOCFLOW"]
    _empty_instance(db)
    rendezvous = tmp_path / "rendezvous"
    rendezvous.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", _RACE, str(tmp_path / f"node-{n}"), cfg.sqlalchemy_url,
                               str(rendezvous), n], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for n in ("a", "b")]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    # both really inserted at the same moment; one insert won, the other node loaded the winner's CA
    assert sorted(r["won"][0] for r in results) == [False, True]
    assert results[0]["root"] == results[1]["root"] and results[0]["tsa"] == results[1]["tsa"]
    db.commit()
    assert db.scalar(select(func.count()).select_from(InstanceFile).where(InstanceFile.kind == "ca",
                                                                          InstanceFile.name == "root.pem")) == 1
    stored = db.scalar(select(InstanceFile.content).where(InstanceFile.kind == "ca", InstanceFile.name == "root.pem"))
    assert truststore.fingerprint(x509.load_pem_x509_certificate(stored)) == results[0]["root"]
    # the winner's root is the one trust anchor of the instance
    anchors = [a.sha256 for a in service.instance_anchors(_node(cfg, tmp_path, "node-c"))]
    assert anchors == [results[0]["root"]]


def test_an_anchor_added_on_one_node_is_trusted_on_the_other_and_removed_everywhere(app, db, tmp_path):
    cfg = app.config["DOCFLOW"]
    other = TestCA("Ban Cơ yếu Chính phủ Root")
    pem = other.cert.public_bytes(serialization.Encoding.PEM)
    node_b = _node(cfg, tmp_path, "node-b")
    assert other.cert not in service.trust_anchors(node_b)
    anchor = service.add_trust_anchor(db, cfg, pem, actor=None)
    service.add_trust_anchor(db, cfg, pem, actor=None)  # twice: still one
    assert service.trust_anchors(node_b).count(other.cert) == 1
    assert anchor.sha256 in {a.sha256 for a in service.instance_anchors(node_b)}
    service.remove_trust_anchor(db, node_b, anchor.sha256, actor=None)
    assert other.cert not in service.trust_anchors(cfg)
    assert not (cfg.data_dir / "trust").exists()


def test_an_installation_from_before_keeps_its_ca_and_anchors(app, db, tmp_path):
    """A single machine with the CA in <data_dir>/pki/ca and anchors in <data_dir>/trust: the
    first start on the migrated database moves them into the database as they are."""
    cfg = _node(app.config["DOCFLOW"], tmp_path, "old-installation")
    _empty_instance(db)
    passphrase = service._ca_passphrase(cfg)
    old = DevCA.load_or_create(cfg.data_dir / "pki" / "ca", passphrase, cfg.base_url, key_algorithm="ec-p256",
                               trust_dir=cfg.data_dir / "trust", kdf=FAST_KDF)
    added = TestCA("Root CA added by the administrator")
    truststore.add_anchor(cfg.data_dir / "trust", added.cert)
    old_key_blob = (cfg.data_dir / "pki" / "ca" / "issuing.key.enc").read_bytes()

    service.prepare_instance(cfg)
    service._ca_cache.clear()
    service._tsa_cache.clear()
    for node in (cfg, _node(cfg, tmp_path, "new-node")):
        ca = service.ensure_dev_ca(node)
        assert ca.root.certificate == old.root.certificate and ca.issuing.certificate == old.issuing.certificate
        assert {old.root.certificate, added.cert} <= set(service.trust_anchors(node))
    stored = db.scalar(select(InstanceFile.content).where(InstanceFile.kind == "ca",
                                                          InstanceFile.name == "issuing.key.enc"))
    assert stored == old_key_blob  # moved as it was: still encrypted under the same passphrase
    # an anchor the administrator removes later does not come back from the old directory
    service.remove_trust_anchor(db, cfg, truststore.fingerprint(added.cert), actor=None)
    service.prepare_instance(cfg)
    assert added.cert not in service.trust_anchors(cfg)
