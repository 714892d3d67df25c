"""Refresh the message catalogues: extract msgids from code and templates, merge them into
docflow/translations/vi/LC_MESSAGES/messages.po (keeping translations), list what is missing.

    python tools/i18n.py            # extract + merge, print untranslated msgids
    python tools/i18n.py --check    # exit 1 if any msgid lacks a Vietnamese translation (every
                                    # plural form) or is marked fuzzy
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "docflow" / "translations" / "vi" / "LC_MESSAGES" / "messages.po"


def extract():
    with tempfile.TemporaryDirectory() as tmp:
        pot = Path(tmp) / "messages.pot"
        subprocess.run(
            [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(ROOT / "babel.cfg"),
             "-k", "_l", "-k", "lazy_gettext", "-k", "N_", "--no-location", "--sort-output",
             "-o", str(pot), "."],
            check=True, capture_output=True, cwd=ROOT,
        )
        return read_po(io.BytesIO(pot.read_bytes()))


def main(argv: list[str]) -> int:
    template = extract()
    if PO.exists():
        with PO.open("rb") as fh:
            catalog = read_po(fh, locale="vi")
    else:
        from babel.messages.catalog import Catalog

        catalog = Catalog(locale="vi", project="docflow")
    catalog.update(template, no_fuzzy_matching=True)
    # a plural entry is a tuple of forms: every form must be there
    missing = [m.id for m in catalog if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)]
    if "--check" in argv:
        with PO.open("rb") as fh:  # as written, before the merge: a fuzzy entry is not a translation
            fuzzy = [m.id for m in read_po(fh, locale="vi") if m.id and m.fuzzy]
        for msgid in missing:
            print(f"untranslated: {msgid!r}")
        for msgid in fuzzy:
            print(f"fuzzy: {msgid!r}")
        return 1 if missing or fuzzy else 0
    with PO.open("wb") as fh:
        write_po(fh, catalog, omit_header=False, sort_output=True, ignore_obsolete=True, width=0)
    for msgid in missing:
        print(f"untranslated: {msgid!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
