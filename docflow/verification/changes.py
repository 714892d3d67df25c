"""What each incremental update changed, in words, and whether it was allowed.

Own code on pypdf. Each revision is opened with pypdf on a zero-copy prefix of the file
(``structure.ViewStream``). Two consecutive revisions are compared object by object using the
cross-reference locations: a number whose location changed was redefined (an object inside an
object stream also changes when its container does), a new number is an added object, a number
the update's cross-reference section marks free was freed. ``graph.RevisionGraph`` lists every
path by which each revision reaches each object, and ``rules.Policy`` requires every path of
every changed object to be justified by an explicit rule (see rules.py). The result is phrased
for an auditor, in English and Vietnamese: "page 1 content replaced", "annotation added on
page 2", "form field 'amount' filled", "new signature field Sig2 signed", "DSS added".

Allowed kinds by DocMDP level (ISO 32000-2 §12.8.2.2; DSS and document timestamps are
allowed at every level, as PAdES part 4 requires):
  P1 → DSS, document timestamps, metadata (/Info, XMP: never rendered, and every
  incremental writer updates /ModDate);  P2 → + signatures, form filling;
  P3 → + annotations.  Without a certification signature docflow applies P2: an approval
  signature does not license annotations (pyHanko is laxer here; see the tests).
FieldMDP locks are applied per signature by the engine (``mdp.py``): each finding names the
field it fills or signs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from pypdf import PdfReader
from pypdf.generic import StreamObject

from .graph import MAX_PAGES, RevisionGraph
from .issuance import IssuanceFillRule
from .rules import DEFAULT_POLICY, Category, Policy, RevisionDiff, pdf_equal

__all__ = ["Change", "Category", "allowed_categories", "diff_revisions", "structural_problems",
           "object_locations", "freed_in_update", "DOCFLOW_POLICY"]

# The policy docflow verifies with: the default rules and, deciding first for its own fields,
# the number and date docflow writes at issuance (issue 15)
DOCFLOW_POLICY = DEFAULT_POLICY.with_rules(IssuanceFillRule())


def allowed_categories(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE}
    if docmdp == 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


@dataclass(frozen=True)
class Change:
    """One finding about an update: ``text`` (English, the ``changes_after`` string),
    ``text_vi``, its category, the form field it touches (for FieldMDP) and the rule."""

    text: str
    category: str
    text_vi: str = ""
    field: str | None = None
    rule: str = ""
    quiet: bool = False  # implied by another change: not listed in ``changes_after``

    def to_json(self, allowed: bool) -> dict[str, Any]:
        return {"en": self.text, "vi": self.text_vi or self.text, "category": self.category,
                "allowed": allowed, "rule": self.rule, "field": self.field}


def object_locations(reader: PdfReader) -> dict[int, tuple]:
    """Where each object number is defined: ("o", gen, offset) or ("s", container, index,
    where the container is) — so a redefined object stream changes the objects in it."""
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        container = locs.get(stm)
        locs[num] = ("s", stm, idx, container) if num not in locs else (
            *locs[num], "s", stm, idx, container)
    return locs


_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")


def freed_in_update(data: bytes, startxref: int, reader: PdfReader) -> set[int]:
    """Object numbers the update's own cross-reference section marks free (pypdf then
    quietly resolves them to their older definitions)."""
    out: set[int] = set()
    if data[startxref:startxref + 4] == b"xref":
        end = data.find(b"trailer", startxref)
        section = data[startxref + 4: end if end > 0 else None]
        lines = section.split(b"\n")
        num = None
        for raw in (ln.strip() for ln in lines):
            parts = raw.split()
            if len(parts) == 2 and all(p.isdigit() for p in parts):
                num = int(parts[0])
                continue
            m = _XREF_ENTRY.match(raw)
            if m and num is not None:
                if m.group(3) == b"f" and num != 0:
                    out.add(num)
                num += 1
        return out
    m = re.match(rb"(\d+)\s+(\d+)\s+obj", data[startxref:startxref + 40])
    if not m:
        return out
    try:
        xs = reader.get_object(int(m.group(1)))
        if not isinstance(xs, StreamObject):
            return out
        xsd = cast(Any, xs)  # pypdf types its values as PdfObject; read as numbers here
        widths = [int(w) for w in xsd["/W"]]
        size = int(xsd["/Size"])
        index = [int(i) for i in xs.get("/Index", [0, size])]
        raw = xs.get_data()
    except Exception:  # noqa: BLE001 - an unreadable xref stream is judged elsewhere
        return out
    step, pos = sum(widths), 0
    for first, count in zip(index[::2], index[1::2], strict=False):
        for num in range(first, first + count):
            entry = raw[pos:pos + step]
            pos += step
            if len(entry) < step:
                return out
            kind = int.from_bytes(entry[:widths[0]], "big") if widths[0] else 1
            if kind == 0 and num != 0:
                out.add(num)
    return out


def diff_revisions(r0: PdfReader, r1: PdfReader, *, g0: RevisionGraph | None = None,
                   g1: RevisionGraph | None = None, freed: set[int] | None = None,
                   policy: Policy = DOCFLOW_POLICY) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    g0 = g0 or RevisionGraph(r0)
    g1 = g1 or RevisionGraph(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    added = {n for n in l1 if n not in l0}
    freed = {n for n in (freed or set()) if n in l0}
    redefined = set()
    out: list[Change] = []
    for n in l1:
        if n in l0 and l1[n] != l0[n] and n not in freed:
            try:
                same = pdf_equal(r0.get_object(n), r1.get_object(n))
            except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
                out.append(Change(f"object {n} redefined and unreadable", Category.OTHER,
                                  f"đối tượng {n} được định nghĩa lại và không đọc được"))
                continue
            if not same:
                redefined.add(n)
    if g0.too_large or g1.too_large:
        return [Change(f"the document has more than {MAX_PAGES} pages: its changes are not "
                       "analysed", Category.OTHER, f"tài liệu có hơn {MAX_PAGES} trang: không "
                       "phân tích được các thay đổi", rule="page-tree")]
    if g0.root_num != g1.root_num:
        out.append(Change("document catalog replaced", Category.OTHER,
                          "danh mục tài liệu bị thay thế", rule="trailer"))
    if not pdf_equal(g0.encrypt, g1.encrypt):
        out.append(Change("encryption dictionary changed", Category.OTHER,
                          "từ điển mã hoá bị thay đổi", rule="trailer"))
    if g0.info_num != g1.info_num:
        out.append(Change("document information replaced", Category.METADATA,
                          "thông tin tài liệu được thay thế", rule="trailer"))
    if len(g0.pages) != len(g1.pages):
        out.append(Change(f"number of pages changed from {len(g0.pages)} to {len(g1.pages)}",
                          Category.OTHER, f"số trang thay đổi từ {len(g0.pages)} thành "
                          f"{len(g1.pages)}", rule="page-tree"))
    for name in g0.fields:
        if name not in g1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER,
                              f"trường '{name}' bị xoá", rule="form-field"))
    d = RevisionDiff(r0, r1, g0, g1, added, redefined, freed)
    for verdict in policy.judge(d):
        for _use, f in verdict.findings:
            out.append(Change(f.en, f.category if f.allowed else Category.OTHER, f.vi,
                              f.field, f.rule, f.quiet))
    # de-duplicate, keep order; a quiet copy of a listed change is dropped
    merged: dict[tuple, Change] = {}
    for c in out:
        key = (c.text, c.category, c.field)
        if key not in merged or (merged[key].quiet and not c.quiet):
            merged[key] = c
    result = list(merged.values())
    # a quiet refusal (a new object serving a refused change) is implied by that change's
    # own refusal; listed only if nothing else is refused
    if any(c.category == Category.OTHER and not c.quiet for c in result):
        return [c for c in result if not (c.quiet and c.category == Category.OTHER)]
    return [Change(c.text, c.category, c.text_vi, c.field, c.rule, False)
            if c.quiet and c.category == Category.OTHER else c for c in result]


_OBJ_HDR = re.compile(rb"[\r\n\s](\d+)\s+(\d+)\s+obj\b")


def structural_problems(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER, "một lần cập nhật không có bảng tham chiếu chéo "
                          "riêng", rule="structure"))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER,
                              f"đối tượng {num} được ghi trong lần cập nhật nhưng không có "
                              "trong bảng tham chiếu chéo của nó", rule="structure"))
    return out
