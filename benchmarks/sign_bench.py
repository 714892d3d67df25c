"""Signing speed and memory: docflow's sign_pdf vs endesive defaults vs pyHanko vs the floor.

    .venv/bin/python benchmarks/sign_bench.py [--runs N] [--rounds R] [--only 1p,100p,50mb]
    .venv/bin/python benchmarks/sign_bench.py --breakdown [--only 50mb]   # where the upload check goes

Cases: a 1-page letter, 100 pages with images (~6 MB) and ~50 MB. Every (case, method) runs in
its own subprocess, and the whole grid is run ``--rounds`` times, interleaved, because the
machine is shared: the table shows the median over rounds of each child's median. A child
warms up (imports, caches, fonts), times N signatures, then measures one more signature twice:

  RSS     peak resident set above the child's baseline (VmHWM after resetting it through
          /proc/self/clear_refs, minus VmRSS with the input loaded and everything warm):
          everything the process touched, native allocations included (Linux only);
  py      tracemalloc's peak of Python allocations above its baseline (same moment).

"peak/size" divides the larger of the two by the file size. Sample PDFs are cached in
benchmarks/out/ (gitignored).

Methods:
  docflow     docflow.signing.sign_pdf with its defaults: what a user waits for after pressing
              "Sign" (strict pypdf checks, one incremental update, invisible, B-B; qpdf is not
              run: the stored version was checked when it was uploaded)
  endesive    endesive.pdf.cms.sign with its defaults (aligned=0: CMS built twice)
  pyhanko     pyhanko.sign.signers.sign_pdf (IncrementalPdfFileWriter, default settings)
  floor       SHA-256 of the file + one RSA-2048 signature
and, for information (not part of the targets):
  +qpdf       sign_pdf(qpdf_check=True): the strict checks plus libqpdf's structure check
              (pikepdf, in-process; until issue 16 the qpdf program, run in parallel)
  check       checks.check_signable(): the strict parse plus libqpdf's structure check and the
              stream inflation under the cap (intake.inspect), without the repair step
  upload      intake.take_in(): the one-time intake when a version is uploaded (libqpdf
              through pikepdf: every object resolved, streams inflated under the cap; until
              issue 16: check_signable() running `qpdf --check`), also what `docflow sign` runs
  qpdf-cli    the check as it was before issue 16, for comparison in the same rounds: pypdf's
              strict parse plus the qpdf program (`qpdf --check` on a temporary file, under
              prlimit as docflow ran it)

  seal-B-B    issuance as docflow did it without a TSA: one sign_pdf, no timestamp (PAdES B-B)
  seal-B-LTA  issuance as docflow does it now (issue 18): sign_pdf with a signature timestamp,
              then ltv.archive: a DSS with the chain's CRLs, then a document timestamp (two
              more incremental updates, two TSA calls in all; the TSA answers in-process, as
              DOCFLOW_TSA_URL=internal does, so no network time is counted)

Targets (issue 4): docflow <= 0.5x endesive, <= 1.0x pyHanko, peak < 2x the file size.

``--breakdown`` times the parts of the upload check in one process (median of ``--runs``):
the envelope (size, header, %%EOF count), pypdf's strict parse, libqpdf opening the file and
resolving every object plus its structure check (no stream data read), reading the streams'
raw data, decoding the filters before Flate (ASCII85 and the like, by libqpdf), inflating
Flate under the cap, the file's SHA-256, and the `qpdf --check` program for comparison.
"""

from __future__ import annotations

import argparse
import gc
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
METHODS = ("docflow", "endesive", "pyhanko", "floor", "+qpdf", "check", "upload", "qpdf-cli", "seal-B-B", "seal-B-LTA")


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

    if name == "docflow":
        from docflow.signing import SoftwareSigner, sign_pdf

        signer = SoftwareSigner(issued.key, issued.cert, issued.chain)
        return lambda pdf: sign_pdf(pdf, signer).pdf
    if name in ("seal-B-B", "seal-B-LTA"):
        from asn1crypto import tsp
        from cryptography.hazmat.primitives import serialization

        from docflow.pki.tsa import respond_to_request
        from docflow.signing import SoftwareSigner, ltv, sign_pdf
        from tests.support.pki import default_pki

        signer = SoftwareSigner(issued.key, issued.cert, issued.chain)
        if name == "seal-B-B":
            return lambda pdf: sign_pdf(pdf, signer).pdf
        root, issuing = default_pki()
        tsa = issuing.issue("Benchmark TSA", key_usage="tsa")
        crl = issuing.crl().public_bytes(serialization.Encoding.DER)

        class Tsa:
            def timestamp(self, imprint: bytes, algorithm: str = "sha256") -> bytes:
                req = tsp.TimeStampReq({"version": 1, "message_imprint": {
                    "hash_algorithm": {"algorithm": algorithm}, "hashed_message": imprint}, "cert_req": True})
                return tsp.TimeStampResp.load(respond_to_request(req.dump(), tsa.cert, tsa.key, tsa.chain))[
                    "time_stamp_token"].dump()

        class Crls:
            def crl(self, url: str) -> bytes:
                return crl

            def ocsp(self, url, cert, issuer) -> None:
                return None

        anchors = (issued.chain[-1], root.cert)

        def lta(pdf: bytes) -> bytes:
            sealed = sign_pdf(pdf, signer, timestamper=Tsa()).pdf
            return ltv.archive(sealed, Tsa(), anchors, Crls()).pdf

        return lta
    if name == "+qpdf":
        from docflow.signing import SoftwareSigner, sign_pdf

        signer = SoftwareSigner(issued.key, issued.cert, issued.chain)
        return lambda pdf: sign_pdf(pdf, signer, qpdf_check=True).pdf
    if name == "check":
        from docflow.signing.checks import check_signable

        return check_signable
    if name == "upload":
        from docflow.signing.intake import take_in

        return take_in
    if name == "qpdf-cli":
        import shutil
        import subprocess
        import tempfile

        from docflow.signing.checks import check_envelope, read_pdf

        limit = [p, "--as=1073741824", "--"] if (p := shutil.which("prlimit")) else []

        def qpdf_cli(pdf: bytes):
            check_envelope(pdf)
            read_pdf(pdf)
            with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
                tmp.write(pdf)
                tmp.flush()
                subprocess.run([*limit, "qpdf", "--check", tmp.name], capture_output=True, check=False)
            return b""

        return qpdf_cli
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


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _rss_peak(sign, pdf: bytes) -> int | None:
    """Peak RSS above the current RSS during one call, in bytes (None where unsupported)."""
    try:
        gc.collect()
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")  # resets VmHWM to the current RSS (Linux >= 4.0)
        base = _status_kb("VmRSS")
        out = sign(pdf)
        peak = _status_kb("VmHWM") - base
        del out
        return max(peak, 0) * 1024
    except OSError:
        return None


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
    rss = _rss_peak(sign, pdf)
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    out = sign(pdf)
    py_peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    del out
    return {"case": case, "method": method, "size": len(pdf),
            "median_s": statistics.median(times), "py_peak": py_peak, "rss_peak": rss}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", default=",".join(CASES))
    parser.add_argument("--methods", default=",".join(METHODS))
    parser.add_argument("--json", type=Path, help="also write every child's result here")
    parser.add_argument("--breakdown", action="store_true",
                        help="time the parts of the upload check instead of the grid")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "METHOD"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child[0], args.child[1], args.runs)))
        return
    cases = [c for c in args.only.split(",") if c]
    if args.breakdown:
        for case in cases:
            breakdown(case, args.runs)
        return
    methods = [m for m in args.methods.split(",") if m]
    for case in cases:
        sample(case)  # build once, outside the timed children
    results: dict[tuple[str, str], list[dict]] = {}
    for round_no in range(args.rounds):
        for case in cases:
            for method in methods:
                # the informational qpdf rows take seconds per call on 50 MB
                runs = args.runs if method not in ("+qpdf", "check", "upload", "qpdf-cli", "seal-B-LTA") else 3
                proc = subprocess.run(
                    [sys.executable, __file__, "--runs", str(runs), "--child", case, method],
                    capture_output=True, text=True, cwd=REPO,
                )
                if proc.returncode != 0:
                    print(f"{case}/{method} failed:\n{proc.stderr}", file=sys.stderr)
                    continue
                row = json.loads(proc.stdout.strip().splitlines()[-1])
                row["round"] = round_no
                results.setdefault((case, method), []).append(row)
        print(f"round {round_no + 1}/{args.rounds} done", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps([r for rs in results.values() for r in rs], indent=1))
    _print(results)


def breakdown(case: str, runs: int) -> None:
    """Print where ``check_signable``/``take_in`` spend their time on the ``case`` sample."""
    import hashlib
    import io
    import shutil
    import tempfile

    import pikepdf

    from docflow.signing import checks, intake

    pdf = sample(case).read_bytes()

    def walk() -> None:
        with pikepdf.open(io.BytesIO(pdf), password="") as doc:
            for _ in doc.objects:
                pass
            doc._check_document_structures()

    def streams(step: str):
        def run() -> None:
            with pikepdf.open(io.BytesIO(pdf), password="") as doc:
                budget = intake._Budget(intake.MAX_INFLATED)
                for obj in doc.objects:
                    if not isinstance(obj, pikepdf.Stream):
                        continue
                    chain = intake._filters(obj)
                    data = obj.read_raw_bytes()
                    if step == "raw":
                        continue
                    for name in chain:
                        if name in ("/FlateDecode", "/Fl"):
                            if step == "inflate":
                                data = intake._inflate(data, budget, keep=False)
                            break
                        if name not in intake._RATIO:
                            break
                        data = intake._decode_other(doc, name, None, data, budget) or b""
        return run

    def cli() -> None:
        with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
            tmp.write(pdf)
            tmp.flush()
            subprocess.run(["qpdf", "--check", tmp.name], capture_output=True, check=False)

    raw, decode, inflate = streams("raw"), streams("decode"), streams("inflate")
    parts = [
        ("envelope (size, header, %%EOF count)", lambda: checks.check_envelope(pdf)),
        ("pypdf strict parse (read_pdf)", lambda: checks.read_pdf(pdf)),
        ("libqpdf open + every object + structure", walk),
        ("  + streams' raw data read", raw),
        ("  + ASCII85 etc. decoded (libqpdf)", decode),
        ("  + Flate inflated under the cap", inflate),
        ("intake.inspect (all of the above in libqpdf)", lambda: intake.inspect(pdf)),
        ("SHA-256 of the file", lambda: hashlib.sha256(pdf).digest()),
        ("check_signable", lambda: checks.check_signable(pdf)),
        ("intake.take_in (the upload)", lambda: intake.take_in(pdf)),
    ]
    if shutil.which("qpdf"):
        parts.append(("qpdf --check (the program, before issue 16)", cli))
    print(f"{CASES[case][0]} ({len(pdf) / 1e6:.1f} MB): median of {runs} runs, ms")
    for label, fn in parts:
        fn()  # warm
        times = []
        for _ in range(runs if "qpdf --check" not in label else max(1, runs // 3)):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        print(f"  {label:<46} {statistics.median(times) * 1000:>9.1f}")


def _median_row(rows: list[dict]) -> dict:
    rss = [r["rss_peak"] for r in rows if r["rss_peak"] is not None]
    return {
        "size": rows[0]["size"],
        "median_s": statistics.median(r["median_s"] for r in rows),
        "spread": [r["median_s"] for r in rows],
        "py_peak": statistics.median(r["py_peak"] for r in rows),
        "rss_peak": statistics.median(rss) if rss else None,
    }


def _print(results: dict[tuple[str, str], list[dict]]) -> None:
    by = {key: _median_row(rows) for key, rows in results.items()}
    header = (f"{'file':<10} {'size':>8} {'method':<9} {'median ms':>10} {'rounds ms':>18} "
              f"{'py MB':>7} {'RSS MB':>7} {'peak/size':>9} {'vs endesive':>11} "
              f"{'vs pyHanko':>10} {'vs floor':>9}")
    print(header)
    print("-" * len(header))
    for case in CASES:
        for method in METHODS:
            r = by.get((case, method))
            if r is None:
                continue

            def ratio(other: str, r=r, case=case, method=method) -> str:
                """Median over rounds of the per-round ratio: the two children of a round
                ran seconds apart, so they saw about the same load from other work."""
                mine = {x["round"]: x["median_s"] for x in results[(case, method)]}
                theirs = {x["round"]: x["median_s"] for x in results.get((case, other), [])}
                paired = [mine[k] / theirs[k] for k in mine if k in theirs]
                return f"{statistics.median(paired):.2f}x" if paired else "-"

            peak = max(r["py_peak"], r["rss_peak"] or 0)
            rounds = "/".join(f"{t * 1000:.0f}" for t in r["spread"])
            rss = f"{r['rss_peak'] / 1e6:>7.2f}" if r["rss_peak"] is not None else f"{'-':>7}"
            print(f"{CASES[case][0]:<10} {r['size'] / 1e6:>6.2f}MB {method:<9} "
                  f"{r['median_s'] * 1000:>10.1f} {rounds:>18} {r['py_peak'] / 1e6:>7.2f} "
                  f"{rss} {peak / r['size']:>8.2f}x {ratio('endesive'):>11} "
                  f"{ratio('pyhanko'):>10} {ratio('floor'):>9}")
    print("\npy = tracemalloc peak of Python allocations; RSS = peak resident set above the "
          "warm baseline;\npeak/size uses the larger. Times: median over rounds of each "
          "round's median;\nratios: median over rounds of the ratio within a round.")


if __name__ == "__main__":
    main()
