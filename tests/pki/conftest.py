"""Fixtures for the PKI tests: one development CA per key type, cached leaf keys, cheap KDF
parameters (through the ``kdf`` argument, never by changing defaults) and a SoftHSM2 token."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from docflow.pki import keystore
from docflow.pki.ca import DevCA

BASE_URL = "http://docflow.test:8080"
SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
TOKEN_LABEL = "docflow-test"
TOKEN_PIN = "246810"
SO_PIN = "13572468"

# Argon2id/scrypt at their minimum cost: the format and logic are what is tested here.
CHEAP_ARGON2 = keystore.KdfParams.argon2id(time_cost=1, memory_kib=64, parallelism=1)
CHEAP_SCRYPT = keystore.KdfParams.scrypt(log2_n=10, r=8, p=1)

ALGORITHMS = ("rsa-2048", "rsa-3072", "ec-p256")


@pytest.fixture(scope="session")
def dev_ca() -> DevCA:
    """RSA-3072 root → issuing CA (the default), generated once per session."""
    return DevCA.create(BASE_URL)


@pytest.fixture(scope="session")
def dev_ca_ec() -> DevCA:
    return DevCA.create(BASE_URL, key_algorithm="ec-p256", organization="docflow EC Dev CA")


@pytest.fixture(scope="session")
def leaf_keys() -> dict[str, keystore.PrivateKey]:
    return {alg: keystore.generate_private_key(alg) for alg in ALGORITHMS}


def pem(obj) -> bytes:
    return obj.public_bytes(serialization.Encoding.PEM)


def write_pem(path: Path, *objs) -> Path:
    path.write_bytes(b"".join(pem(o) for o in objs))
    return path


def openssl(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["openssl", *args], capture_output=True, text=True, check=check,
                          timeout=60)


_CONF: str | None = None  # this process's SoftHSM2 configuration, once made


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A fresh SoftHSM2 token in a temporary directory; returns the module path.

    SOFTHSM2_CONF must be set before the module is first initialised in this process; the
    signer re-initialises the module once if a token is not found, so this also works when
    another test loaded the module earlier.
    """
    if not (shutil.which("softhsm2-util") and Path(SOFTHSM_MODULE).exists()):
        pytest.fail("SoftHSM2 is required for the PKCS#11 tests")
    # One token directory per process: a module that imports this fixture gets a second
    # session fixture, and a second directory would leave this process's initialised module
    # on the first one while subprocesses (docflow-agent) read SOFTHSM2_CONF's new one.
    global _CONF
    if _CONF is not None:
        os.environ["SOFTHSM2_CONF"] = _CONF
        return SOFTHSM_MODULE
    root = tmp_path_factory.mktemp("softhsm")
    (root / "tokens").mkdir()
    conf = root / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {root / 'tokens'}\n"
                    "objectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL,
         "--so-pin", SO_PIN, "--pin", TOKEN_PIN],
        check=True, capture_output=True, timeout=60,
    )
    _CONF = str(conf)
    return SOFTHSM_MODULE
