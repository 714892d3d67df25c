#!/usr/bin/env python3
"""Print the kill rate of the last `mutmut run` (make mutation), in total and per module.

Reads mutmut's own results (`mutmut export-cicd-stats` for the totals, `mutmut results` for
the survivors); run from the repository root after `mutmut run`.
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
from pathlib import Path


def main() -> int:
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    subprocess.run([mutmut, "export-cicd-stats"], check=True, capture_output=True)
    stats = json.loads(Path("mutants/mutmut-cicd-stats.json").read_text())
    out = subprocess.run([mutmut, "results", "--all", "true"], capture_output=True, text=True)
    per: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    survivors = []
    for line in out.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if not name:
            continue
        # docflow.verification.changes.x_diff_revisions__mutmut_2 -> docflow.verification.changes
        module = name.split(".x")[0]
        per[module][status] += 1
        if status == "survived":
            survivors.append(name)
    # mutmut counts mutants it did not run (a run limited to some modules, or stopped) as
    # neither killed nor survived: "tested" is what was measured
    killed = int(stats.get("killed", 0)) + int(stats.get("timeout", 0))
    tested = killed + int(stats.get("survived", 0))
    print(f"mutants: {stats.get('total')}  tested: {tested}  killed: {killed}  "
          f"survived: {stats.get('survived')}  no tests: {stats.get('no_tests')}  "
          f"skipped: {stats.get('skipped')}")
    for module, c in sorted(per.items()):
        k = c["killed"] + c["timeout"]
        t = k + c["survived"]
        rate = 100 * k / t if t else 0.0
        print(f"  {module:45s} {k:5d}/{t:<5d} {rate:5.1f} %")
    print(f"kill rate: {100 * killed / tested if tested else 0:.1f} %")
    Path("mutants/survivors.txt").write_text("\n".join(survivors) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
