"""Signing speed and memory: docflow's sign_pdf vs endesive defaults vs pyHanko vs the floor.

    .venv/bin/python benchmarks/sign_bench.py [--runs N] [--only 1p,100p,50mb]

Cases: a 1-page letter, 100 pages with images (~5 MB) and ~50 MB. Every (case, method) runs in
its own subprocess: first warm-up, then the median of N timed signatures, then one signature
under tracemalloc for the peak of Python allocations above the baseline (input already
loaded). Sample PDFs are cached in benchmarks/out/ (gitignored).

Methods:
  docflow     docflow.signing.sign_pdf, defaults (input checks incl. qpdf --check run in
              parallel with signing; invisible; B-B)
  docflow-nq  the same with qpdf_check=False (a stored version already checked at upload)
  endesive  endesive.pdf.cms.sign with its defaults (aligned=0: CMS built twice)
  pyhanko   pyhanko.sign.signers.sign_pdf (IncrementalPdfFileWriter, default settings)
  floor     SHA-256 of the file + one RSA-2048 signature
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
sys.path.insert(0, str(REPO))

CASES = {
    "1p": ("1 page", lambda: _pdfs().official_letter()),
    "100p": ("100 pages", lambda: _pdfs().many_pages(100, image_bytes_per_page=50_000)),
    "50mb": ("~50 MB", lambda: _pdfs().many_pages(100, image_bytes_per_page=400_000)),
}
METHODS = ("docflow", "docflow-nq", "endesive", "pyhanko", "floor")


def _pdfs():
    from tests.support import pdfs

    return pdfs


def sample(case: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"sample-{case}.pdf"
    if not path.exists():
        path.write_bytes(CASES[case][1]())
    return path


def _identity():
    from tests.support.pki import default_pki

    _, issuing = default_pki()
    return issuing.issue("Benchmark Signer")


def _method(name: str, issued):
    """Return sign(pdf) -> signed bytes for ``name``."""
    import datetime as dt
    import hashlib

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    if name in ("docflow", "docflow-nq"):
        from docflow.signing import SoftwareSigner, sign_pdf

        signer = SoftwareSigner(issued.key, issued.cert, issued.chain)
        qpdf = name == "docflow"
        return lambda pdf: sign_pdf(pdf, signer, qpdf_check=qpdf).pdf
    if name == "endesive":
        from docflow.signing.endesive_compat import import_endesive

        import_endesive()
        from endesive.pdf import cms as ecms

        def endesive_sign(pdf: bytes) -> bytes:
            now = dt.datetime.now(dt.UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
            udct = {"sigflags": 3, "signingdate": now, "sigfield": "Signature1"}
            return pdf + ecms.sign(pdf, udct, issued.key, issued.cert, issued.chain, "sha256")

        return endesive_sign
    if name == "pyhanko":
        import io

        from asn1crypto import keys
        from asn1crypto import x509 as a509
        from cryptography.hazmat.primitives import serialization
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        def der(c):
            return a509.Certificate.load(c.public_bytes(serialization.Encoding.DER))

        key = keys.PrivateKeyInfo.load(issued.key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        signer = signers.SimpleSigner(
            signing_cert=der(issued.cert), signing_key=key,
            cert_registry=SimpleCertificateStore.from_certs([der(c) for c in issued.chain]))

        def pyhanko_sign(pdf: bytes) -> bytes:
            writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
            meta = signers.PdfSignatureMetadata(field_name="Signature1")
            return signers.sign_pdf(writer, meta, signer=signer).getvalue()

        return pyhanko_sign
    if name == "floor":
        def floor(pdf: bytes) -> bytes:
            digest = hashlib.sha256(pdf).digest()
            return issued.key.sign(digest, padding.PKCS1v15(), hashes.SHA256())

        return floor
    raise SystemExit(f"unknown method {name}")


def run_one(case: str, method: str, runs: int) -> dict:
    """In the child process: time and measure one (case, method)."""
    pdf = sample(case).read_bytes()
    sign = _method(method, _identity())
    sign(pdf)  # warm-up: imports, caches, fonts
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        out = sign(pdf)
        times.append(time.perf_counter() - start)
        del out
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    out = sign(pdf)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    del out
    return {"case": case, "method": method, "size": len(pdf),
            "median_s": statistics.median(times), "peak_bytes": peak}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default=",".join(CASES))
    parser.add_argument("--child", nargs=2, metavar=("CASE", "METHOD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child[0], args.child[1], args.runs)))
        return
    cases = [c for c in args.only.split(",") if c]
    rows = []
    for case in cases:
        sample(case)  # build once, outside the timed children
        for method in METHODS:
            runs = args.runs if case != "50mb" else max(3, args.runs // 2)
            proc = subprocess.run(
                [sys.executable, __file__, "--runs", str(runs), "--child", case, method],
                capture_output=True, text=True, cwd=REPO,
            )
            if proc.returncode != 0:
                print(f"{case}/{method} failed:\n{proc.stderr}", file=sys.stderr)
                continue
            rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    _print(rows)


def _print(rows: list[dict]) -> None:
    by = {(r["case"], r["method"]): r for r in rows}
    header = (f"{'file':<10} {'size':>8} {'method':<10} {'median ms':>10} {'peak MB':>8} "
              f"{'peak/size':>9} {'vs endesive':>11} {'vs pyHanko':>10} {'vs floor':>9}")
    print(header)
    print("-" * len(header))
    for case in CASES:
        if (case, "docflow") not in by and (case, "floor") not in by:
            continue
        for method in METHODS:
            r = by.get((case, method))
            if r is None:
                continue

            def ratio(other: str, r=r, case=case) -> str:
                o = by.get((case, other))
                return f"{r['median_s'] / o['median_s']:.2f}x" if o else "-"

            size_mb = r["size"] / 1e6
            print(f"{CASES[case][0]:<10} {size_mb:>6.2f}MB {method:<10} "
                  f"{r['median_s'] * 1000:>10.1f} {r['peak_bytes'] / 1e6:>8.1f} "
                  f"{r['peak_bytes'] / r['size']:>8.2f}x {ratio('endesive'):>11} "
                  f"{ratio('pyhanko'):>10} {ratio('floor'):>9}")


if __name__ == "__main__":
    main()
