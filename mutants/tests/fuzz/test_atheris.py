"""Coverage-guided fuzzing in CI: a short atheris run (10 s per target) of verify_pdf and
check_signable through benchmarks/fuzz.py; the long run is ``benchmarks/fuzz.py --seconds 600``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SECONDS = 10


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None,
                    reason="atheris is not installed (make test installs it: pip install 'atheris>=2.3,<3')")
@pytest.mark.parametrize("target", ["verify", "check"])
def test_atheris_finds_nothing(target, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        import fuzz
    finally:
        sys.path.pop(0)
    runs = fuzz.run(target, SECONDS, tmp_path)  # raises with libFuzzer's report on a finding
    print(f"\natheris {target}: {runs} inputs tried in {SECONDS} s")
    assert runs > 0
