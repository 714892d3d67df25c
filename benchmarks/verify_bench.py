"""Benchmark: docflow's full verification vs endesive, pyHanko and pdfsig.

Run:  .venv/bin/python benchmarks/verify_bench.py [--quick]

Files: a 1-page letter, 100 pages (~5 MB) and ~50 MB, each signed once and three times
(pyHanko signer, test PKI). Reports the median wall time per verification of all signatures
and the peak Python heap above baseline (tracemalloc) while verifying, as a multiple of the
file size. docflow and pyHanko are timed alternately (the same load for both on a shared
machine), in wall time and in CPU time (``CPU d/p``: process time, all threads). pdfsig is
timed as a subprocess (includes process start-up).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives import serialization  # noqa: E402

from docflow.verification import TrustContext, verify_pdf  # noqa: E402
from tests.support.pdfs import many_pages, official_letter  # noqa: E402
from tests.support.pki import default_pki  # noqa: E402
from tests.verification.corpus import a_cert, sign  # noqa: E402


def median_time(fn, runs: int) -> float:
    fn()  # warm
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def paired_times(fa, fb, runs: int) -> tuple[float, float, float, float]:
    """Medians of wall and CPU time of ``fa`` and ``fb`` run alternately, so that both see
    the same load on a shared machine: (wall a, wall b, cpu a, cpu b)."""
    fa(), fb()  # warm
    wa, wb, ca, cb = [], [], [], []
    for _ in range(runs):
        for fn, w, c in ((fa, wa, ca), (fb, wb, cb)):
            t, p = time.perf_counter(), time.process_time()
            fn()
            w.append(time.perf_counter() - t)
            c.append(time.process_time() - p)
    med = statistics.median
    return med(wa), med(wb), med(ca), med(cb)


def peak_heap(fn) -> int:
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak - base


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the 50 MB file")
    args = ap.parse_args()
    root, ca = default_pki()
    people = [ca.issue(n) for n in ("Leader", "Clerk", "Third")]
    crl = ca.crl().public_bytes(serialization.Encoding.DER)
    ctx = TrustContext(trust_anchors=(root.cert,), crls=(crl,), fetch_revocation=False)
    files = {"1 page": official_letter(),
             "100 pages": many_pages(100, image_bytes_per_page=50_000)}
    if not args.quick:
        files["~50 MB"] = many_pages(200, image_bytes_per_page=250_000)

    from docflow.signing.endesive_compat import import_endesive

    import_endesive()
    from endesive.pdf.verify import PDFVerifier
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    anchor_pem = root.cert.public_bytes(serialization.Encoding.PEM)

    def pyhanko_all(data: bytes) -> None:
        r = PdfFileReader(io.BytesIO(data), strict=False)
        for emb in r.embedded_signatures:
            vc = ValidationContext(trust_roots=[a_cert(root.cert)], crls=[crl],
                                   allow_fetching=False)
            validate_pdf_signature(emb, vc)

    def endesive_all(data: bytes) -> None:
        PDFVerifier(data, [anchor_pem]).verify_all_signatures()

    tmpdir = tempfile.mkdtemp()
    rows = []
    for label, base in files.items():
        signed1 = sign(base, people[0], "Sig1")
        signed3 = sign(sign(signed1, people[1], "Sig2"), people[2], "Sig3")
        for nsig, data in ((1, signed1), (3, signed3)):
            runs = 3 if len(data) > 20_000_000 else 7
            report = verify_pdf(data, ctx)
            assert report.verdict == "TOTAL_PASSED", report.to_json()
            t_doc, t_ph, c_doc, c_ph = paired_times(lambda d=data: verify_pdf(d, ctx),
                                                    lambda d=data: pyhanko_all(d), runs)
            m_doc = peak_heap(lambda d=data: verify_pdf(d, ctx))
            m_ph = peak_heap(lambda d=data: pyhanko_all(d))
            t_en = median_time(lambda d=data: endesive_all(d), runs)
            t_ps = float("nan")
            if shutil.which("pdfsig"):
                path = os.path.join(tmpdir, f"{nsig}.pdf")
                Path(path).write_bytes(data)
                t_ps = median_time(lambda p=path: subprocess.run(
                    ["pdfsig", "-nocert", p], capture_output=True), runs)
            rows.append((label, nsig, len(data), t_doc, m_doc, t_ph, m_ph, t_en, t_ps,
                         c_doc / c_ph))
    shutil.rmtree(tmpdir)
    head = (f"{'file':<10}{'sigs':>5}{'size MB':>9}{'docflow ms':>12}{'peak×size':>10}"
            f"{'pyHanko ms':>12}{'peak×size':>10}{'endesive ms':>13}{'pdfsig ms':>11}"
            f"{'doc/pyH':>9}{'CPU d/p':>9}{'doc/end':>9}{'doc/pdfsig':>11}")
    print(head)
    print("-" * len(head))
    for label, nsig, size, td, md, tp, mp, te, ts, cpu in rows:
        print(f"{label:<10}{nsig:>5}{size / 1e6:>9.2f}{td * 1e3:>12.1f}{md / size:>10.2f}"
              f"{tp * 1e3:>12.1f}{mp / size:>10.2f}{te * 1e3:>13.1f}{ts * 1e3:>11.1f}"
              f"{td / tp:>9.2f}{cpu:>9.2f}{td / te:>9.2f}{td / ts:>11.2f}")


if __name__ == "__main__":
    main()
