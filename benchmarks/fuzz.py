"""Coverage-guided fuzzing (atheris / libFuzzer) of verify_pdf and check_signable.

    .venv/bin/python benchmarks/fuzz.py --seconds 60            # both targets, 60 s each
    .venv/bin/python benchmarks/fuzz.py --target verify --seconds 600

Seeds: a PDF signed by the test PKI and an unsigned official letter. docflow's modules are
instrumented for coverage. A finding is any exception escaping verify_pdf (which must never
raise), anything but SigningError from check_signable, or a TOTAL_PASSED verdict for bytes
whose signed ranges differ from the seed's. Prints the number of inputs tried per target
(libFuzzer's "Done N runs") and exits 1 on a finding (the crashing input is kept in --out).
Needs ``pip install 'atheris>=2.3,<3'``."""

from __future__ import annotations

import argparse
import contextlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _seeds(corpus: Path) -> None:
    from tests.support.pdfs import official_letter
    from tests.verification.conftest import World

    world = World()
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "signed.pdf").write_bytes(world.signed())
    (corpus / "letter.pdf").write_bytes(official_letter())
    (corpus / "tiny.pdf").write_bytes(b"%PDF-1.7\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                                      b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def _child(target: str, argv: list[str]) -> None:
    import atheris

    with atheris.instrument_imports(include=["docflow"]):
        from docflow.signing.checks import check_signable
        from docflow.signing.errors import SigningError
        from docflow.verification.engine import verify_pdf

    signed = (Path(argv[-1]) / "signed.pdf").read_bytes()
    m = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", signed)
    a, b, c, d = (int(x) for x in m.groups())

    def verify(data: bytes) -> None:
        report = verify_pdf(data)  # no trust anchors: TOTAL_PASSED is never expected...
        if report.verdict == "TOTAL_PASSED" and (data[a:a + b] != signed[a:a + b] or data[c:c + d] != signed[c:c + d]):
            raise AssertionError("TOTAL_PASSED for changed signed bytes")

    def check(data: bytes) -> None:
        with contextlib.suppress(SigningError):
            check_signable(data, qpdf=False)

    atheris.Setup([sys.argv[0], *argv], verify if target == "verify" else check)
    atheris.Fuzz()


def run(target: str, seconds: int, out: Path) -> int:
    """Fuzz one target in a child process; returns the number of inputs tried (or raises)."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        _seeds(corpus)
        out.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, __file__, "--child", target, f"-max_total_time={seconds}", "-rss_limit_mb=2048",
               "-timeout=30", f"-artifact_prefix={out}/{target}-", "-print_final_stats=1", str(corpus)]
        proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=seconds + 300,
                              cwd=ROOT)
    runs = re.findall(r"Done (\d+) runs", proc.stderr) or re.findall(r"stat::number_of_executed_units:\s*(\d+)",
                                                                     proc.stderr)
    if proc.returncode != 0:
        raise RuntimeError(f"{target}: finding (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
    return int(runs[-1]) if runs else 0


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", choices=["verify", "check", "both"], default="both")
    ap.add_argument("--seconds", type=int, default=60)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "fuzz")
    args = ap.parse_args()
    targets = ["verify", "check"] if args.target == "both" else [args.target]
    failed = False
    for target in targets:
        try:
            runs = run(target, args.seconds, args.out)
            print(f"{target}: {runs} inputs tried in {args.seconds} s, no finding")
        except RuntimeError as exc:
            print(exc)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
