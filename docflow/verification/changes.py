"""What each incremental update changed, in words, and whether it was allowed.

Own code on pypdf. Each revision is opened with pypdf on a zero-copy prefix of the file
(``structure.ViewStream``); two consecutive revisions are compared object by object using
the cross-reference locations (an object whose location changed was redefined, a new
number is a new object). Each redefined object is classified by what it was in the earlier
revision (catalog, page, page content, annotation, form field, DSS…); new objects count only
through the redefined objects that reference them. Anything not positively recognised as an
allowed kind of change is DISALLOWED (a whitelist, as in pyHanko's difference analysis, but
with the result phrased for an auditor: "page 1 content replaced", "annotation added on
page 2", "form field 'amount' filled", "new signature field Sig2 signed", "DSS added").

Allowed kinds by DocMDP level (ISO 32000-2 §12.8.2.2; DSS and document timestamps are
allowed at every level, as PAdES part 4 requires):
  P1 → DSS, document timestamps, metadata (/Info, XMP: never rendered, and every
  incremental writer updates /ModDate);  P2 → + signatures, form filling;
  P3 → + annotations.  Without a certification signature docflow applies P2: an approval
  signature does not license annotations (pyHanko is laxer here; see the tests).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    StreamObject,
)

__all__ = ["Change", "Category", "allowed_categories", "diff_revisions", "structural_problems",
           "object_locations"]


def _get(d: Any, key: str, default: Any = None) -> Any:
    """``d[key]`` resolved (pypdf's ``dict.get`` returns unresolved references)."""
    if isinstance(d, dict) and key in d:
        return d[key]
    return default


# Annotations that only comment (a note icon, a highlight) and cannot paint new content over
# the page. Under P3 only these are allowed; FreeText, Stamp, Square, Ink… can overwrite
# what was signed (the "Evil Annotation" attack), so docflow counts them as OTHER.
COMMENT_ANNOTATIONS = frozenset(
    {"/Text", "/Popup", "/Highlight", "/Underline", "/StrikeOut", "/Squiggly", "/Caret"}
)


class Category:
    SIGNATURE = "signature"
    DOC_TIMESTAMP = "document_timestamp"
    DSS = "dss"
    FORM_FILL = "form_fill"
    ANNOTATION = "annotation"
    METADATA = "metadata"
    OTHER = "other"


def allowed_categories(docmdp: int | None) -> frozenset[str]:
    # document information / XMP updates are never rendered and every incremental writer
    # touches /ModDate, so they are allowed at every level (as pyHanko does)
    base = {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA}
    if docmdp == 1:
        return frozenset(base)
    base |= {Category.SIGNATURE, Category.FORM_FILL}
    if docmdp == 3:
        base.add(Category.ANNOTATION)
    return frozenset(base)


@dataclass(frozen=True)
class Change:
    text: str
    category: str


def object_locations(reader: PdfReader) -> dict[int, tuple]:
    locs: dict[int, tuple] = {}
    for gen, entries in reader.xref.items():
        for num, off in entries.items():
            locs[num] = ("o", gen, off)
    for num, (stm, idx) in reader.xref_objStm.items():
        locs[num] = ("s", stm, idx) if num not in locs else (*locs[num], "s", stm, idx)
    return locs


def _num(obj: Any) -> int | None:
    return obj.idnum if isinstance(obj, IndirectObject) else None


def _res(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _same(a: Any, b: Any) -> bool:
    """Structural equality without resolving references (refs compare by number)."""
    if isinstance(a, IndirectObject) or isinstance(b, IndirectObject):
        return (isinstance(a, IndirectObject) and isinstance(b, IndirectObject)
                and a.idnum == b.idnum and a.generation == b.generation)
    if isinstance(a, StreamObject) or isinstance(b, StreamObject):
        if not (isinstance(a, StreamObject) and isinstance(b, StreamObject)):
            return False
        return a._data == b._data and _same(dict(a), dict(b))  # noqa: SLF001
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(
            _same(dict.__getitem__(a, k), dict.__getitem__(b, k)) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _name(v: Any) -> str:
    return str(v)[1:] if str(v).startswith("/") else str(v)


class _Context:
    """What the objects of one revision are, by object number."""

    def __init__(self, reader: PdfReader) -> None:
        self.reader = reader
        trailer = reader.trailer
        self.root_num = _num(trailer.raw_get("/Root")) if "/Root" in trailer else None
        self.info_num = _num(trailer.raw_get("/Info")) if "/Info" in trailer else None
        self.root: DictionaryObject = _res(trailer["/Root"])
        self.page_nums: dict[int, int] = {}
        self.pages: list[DictionaryObject] = []
        self.tree_nodes: set[int] = set()
        self.content: dict[int, int] = {}
        self.annots_arrays: dict[int, int] = {}
        self.annots: dict[int, int] = {}
        self.resources: dict[int, int] = {}
        self._walk_pages(self.root.raw_get("/Pages"), set())
        af = self.root.raw_get("/AcroForm") if "/AcroForm" in self.root else None
        self.acroform_num = _num(af)
        self.acroform: DictionaryObject | None = _res(af) if af is not None else None
        self.fields_array_num = (
            _num(self.acroform.raw_get("/Fields"))
            if self.acroform is not None and "/Fields" in self.acroform else None
        )
        self.fields: dict[str, dict[str, Any]] = {}
        self.field_nums: dict[int, str] = {}
        if self.acroform is not None:
            self._walk_fields(_get(self.acroform, "/Fields", ArrayObject()), "", None, set())
        self.dss: set[int] = set()
        if "/DSS" in self.root:
            self._walk_dss(self.root.raw_get("/DSS"), 0)
        self.metadata_num = _num(self.root.raw_get("/Metadata")) if "/Metadata" in self.root \
            else None

    def _walk_pages(self, ref: Any, seen: set[int]) -> None:
        n = _num(ref)
        if n is not None:
            if n in seen:
                return
            seen.add(n)
        node = _res(ref)
        if not isinstance(node, DictionaryObject):
            return
        if _get(node, "/Type") == "/Pages" or "/Kids" in node:
            if n is not None:
                self.tree_nodes.add(n)
            for kid in _get(node, "/Kids", ArrayObject()):
                self._walk_pages(kid, seen)
            return
        page_no = len(self.pages) + 1
        self.pages.append(node)
        if n is not None:
            self.page_nums[n] = page_no
        contents = node.raw_get("/Contents") if "/Contents" in node else None
        if _num(contents) is not None:
            self.content[_num(contents)] = page_no
        resolved = _res(contents)
        if isinstance(resolved, list) and not isinstance(resolved, StreamObject):
            for item in resolved:
                if _num(item) is not None:
                    self.content[_num(item)] = page_no
        annots = node.raw_get("/Annots") if "/Annots" in node else None
        if _num(annots) is not None:
            self.annots_arrays[_num(annots)] = page_no
        for a in _res(annots) or []:
            if _num(a) is not None:
                self.annots[_num(a)] = page_no
        res = node.raw_get("/Resources") if "/Resources" in node else None
        if _num(res) is not None:
            self.resources[_num(res)] = page_no
        res = _res(res)
        if isinstance(res, DictionaryObject):
            for key in res:
                sub = res.raw_get(key)
                if _num(sub) is not None:
                    self.resources.setdefault(_num(sub), page_no)
                sub = _res(sub)
                if isinstance(sub, DictionaryObject) and not isinstance(sub, StreamObject):
                    for k2 in sub:
                        n2 = _num(sub.raw_get(k2))
                        if n2 is not None:
                            self.resources.setdefault(n2, page_no)

    def _walk_fields(self, kids: Any, prefix: str, inherited_ft: Any, seen: set[int]) -> None:
        for ref in _res(kids) or []:
            n = _num(ref)
            if n is not None:
                if n in seen:
                    continue
                seen.add(n)
            field = _res(ref)
            if not isinstance(field, DictionaryObject):
                continue
            partial = _get(field, "/T")
            name = f"{prefix}.{partial}" if prefix and partial is not None else (
                str(partial) if partial is not None else prefix)
            ft = _get(field, "/FT", inherited_ft)
            kid_fields = [k for k in _get(field, "/Kids", []) if "/T" in _res(k)]
            if n is not None:
                self.field_nums[n] = name
            if kid_fields:
                self._walk_fields(field["/Kids"], name, ft, seen)
                continue
            widgets = [field] if "/Rect" in field else [_res(k) for k in _get(field, "/Kids", [])]
            for k in _get(field, "/Kids", []):
                if _num(k) is not None:
                    self.field_nums[_num(k)] = name
            self.fields[name] = {"ft": ft, "v": field.raw_get("/V") if "/V" in field else None,
                                 "dict": field, "widgets": widgets, "num": n}

    def _walk_dss(self, ref: Any, depth: int) -> None:
        n = _num(ref)
        if n is not None:
            self.dss.add(n)
        obj = _res(ref)
        if depth > 3 or isinstance(obj, StreamObject):
            return
        if isinstance(obj, dict):
            for k in obj:
                self._walk_dss(obj.raw_get(k), depth + 1)
        elif isinstance(obj, list):
            for item in obj:
                self._walk_dss(item, depth + 1)


def _visible(widget: DictionaryObject) -> bool:
    rect = [float(x) for x in _get(widget, "/Rect", [0, 0, 0, 0])]
    if len(rect) != 4 or abs(rect[2] - rect[0]) < 1 or abs(rect[3] - rect[1]) < 1:
        return False
    ap = _get(widget, "/AP")
    if not isinstance(ap, dict) or "/N" not in ap:
        return False
    flags = int(_get(widget, "/F", 0))
    return not flags & 0b10  # hidden flag


def _page_of(widget: DictionaryObject, ctx: _Context) -> str:
    p = widget.raw_get("/P") if "/P" in widget else None
    if _num(p) in ctx.page_nums:
        return f" on page {ctx.page_nums[_num(p)]}"
    return ""


def diff_revisions(r0: PdfReader, r1: PdfReader) -> list[Change]:
    """Changes from revision ``r0`` to the next revision ``r1``."""
    c0, c1 = _Context(r0), _Context(r1)
    l0, l1 = object_locations(r0), object_locations(r1)
    changed = sorted(n for n in l1 if n in l0 and l1[n] != l0[n])
    out: list[Change] = []
    add = out.append
    if c0.root_num != c1.root_num:
        add(Change("document catalog replaced", Category.OTHER))
    if c0.info_num != c1.info_num:
        add(Change("document information replaced", Category.METADATA))
    pages_to_diff: set[int] = set()
    run_fields = False
    for n in changed:
        try:
            old, new = r0.get_object(n), r1.get_object(n)
        except Exception:  # noqa: BLE001 - an unreadable redefinition is itself a finding
            add(Change(f"object {n} redefined and unreadable", Category.OTHER))
            continue
        if _same(old, new):
            continue
        if n == c0.root_num:
            out.extend(_catalog_changes(old, new))
            run_fields = True
        elif n == c0.info_num:
            add(Change("document information changed", Category.METADATA))
        elif n in c0.page_nums:
            out.extend(_page_changes(c0.page_nums[n], old, new))
            pages_to_diff.add(c0.page_nums[n])
        elif n in c0.tree_nodes:
            add(Change("page tree changed", Category.OTHER))
        elif n in c0.content:
            add(Change(f"page {c0.content[n]} content replaced", Category.OTHER))
        elif n in c0.annots_arrays:
            pages_to_diff.add(c0.annots_arrays[n])
        elif n in c0.field_nums:
            out.extend(_field_object_changes(c0.field_nums[n], old, new))
            run_fields = True
        elif n in c0.annots:
            cat = (Category.ANNOTATION if _get(old, "/Subtype") in COMMENT_ANNOTATIONS
                   and _get(new, "/Subtype") in COMMENT_ANNOTATIONS else Category.OTHER)
            add(Change(f"annotation modified on page {c0.annots[n]}", cat))
        elif n == c0.acroform_num:
            out.extend(_acroform_changes(old, new))
            run_fields = True
        elif n == c0.fields_array_num:
            run_fields = True
        elif n in c0.dss:
            add(Change("DSS updated", Category.DSS))
        elif n == c0.metadata_num:
            add(Change("XMP metadata updated", Category.METADATA))
        elif n in c0.resources:
            add(Change(f"page {c0.resources[n]} resources changed", Category.OTHER))
        else:
            kind = "stream" if isinstance(old, StreamObject) else type(old).__name__
            add(Change(f"object {n} ({kind}) redefined", Category.OTHER))
    if len(c0.pages) != len(c1.pages):
        add(Change(f"number of pages changed from {len(c0.pages)} to {len(c1.pages)}",
                   Category.OTHER))
    for page_no in sorted(pages_to_diff):
        if page_no <= len(c1.pages):
            out.extend(_annot_changes(page_no, c0, c1))
    if run_fields or c0.fields.keys() != c1.fields.keys():
        out.extend(_field_changes(c0, c1))
    # de-duplicate, keep order
    seen: set[Change] = set()
    return [c for c in out if not (c in seen or seen.add(c))]


def _catalog_changes(old: DictionaryObject, new: DictionaryObject) -> list[Change]:
    out = []
    for key in sorted(set(old) | set(new)):
        a = old.raw_get(key) if key in old else None
        b = new.raw_get(key) if key in new else None
        if a is not None and b is not None and _same(a, b):
            continue
        if key == "/AcroForm":
            if a is not None and b is not None:
                out.extend(_acroform_changes(_res(a), _res(b)))
        elif key == "/DSS":
            out.append(Change("DSS added" if a is None else "DSS updated", Category.DSS))
        elif key == "/Extensions":
            out.append(Change("extensions declaration updated", Category.DSS))
        elif key in ("/Metadata", "/Version"):
            out.append(Change(f"document {key[1:].lower()} updated", Category.METADATA))
        elif key == "/Pages":
            out.append(Change("page tree replaced", Category.OTHER))
        elif key == "/Perms":
            out.append(Change("signature permissions (certification) changed", Category.OTHER))
        else:
            out.append(Change(f"document catalog changed ({key})", Category.OTHER))
    return out


def _acroform_changes(old: Any, new: Any) -> list[Change]:
    out = []
    if not isinstance(old, dict) or not isinstance(new, dict):
        return [Change("form dictionary replaced", Category.OTHER)]
    for key in sorted(set(old) | set(new)):
        a = old.raw_get(key) if key in old else None
        b = new.raw_get(key) if key in new else None
        if a is not None and b is not None and _same(a, b):
            continue
        if key in ("/Fields", "/SigFlags"):
            continue  # fields are compared by name below
        if key in ("/DR", "/DA", "/NeedAppearances"):
            out.append(Change("form defaults changed", Category.FORM_FILL))
        else:
            out.append(Change(f"form dictionary changed ({key})", Category.OTHER))
    return out


def _page_changes(page_no: int, old: DictionaryObject, new: DictionaryObject) -> list[Change]:
    out = []
    for key in sorted(set(old) | set(new)):
        a = old.raw_get(key) if key in old else None
        b = new.raw_get(key) if key in new else None
        if a is not None and b is not None and _same(a, b):
            continue
        if key == "/Annots":
            continue  # compared reference by reference in _annot_changes
        if key == "/Contents":
            out.append(Change(f"page {page_no} content replaced", Category.OTHER))
        elif key == "/Resources":
            out.append(Change(f"page {page_no} resources changed", Category.OTHER))
        else:
            out.append(Change(f"page {page_no} changed ({key})", Category.OTHER))
    return out


def _annot_changes(page_no: int, c0: _Context, c1: _Context) -> list[Change]:
    p0, p1 = c0.pages[page_no - 1], c1.pages[page_no - 1]
    a0 = [_num(a) for a in (_res(p0.raw_get("/Annots")) if "/Annots" in p0 else [])]
    a1 = [_num(a) for a in (_res(p1.raw_get("/Annots")) if "/Annots" in p1 else [])]
    out = []
    if any(n is None for n in a0 + a1):
        out.append(Change(f"direct annotation changed on page {page_no}", Category.ANNOTATION))
    for n in a0:
        if n not in a1:
            out.append(Change(f"annotation removed from page {page_no}", Category.OTHER))
    for n in a1:
        if n is None or n in a0:
            continue
        annot = c1.reader.get_object(n)
        if not isinstance(annot, DictionaryObject):
            out.append(Change(f"invalid annotation added on page {page_no}", Category.OTHER))
            continue
        if _get(annot, "/Subtype") == "/Widget":
            if n in c1.field_nums:
                continue  # described with its form field
            out.append(Change(f"widget without a form field added on page {page_no}",
                              Category.OTHER))
            continue
        subtype = _get(annot, "/Subtype")
        if subtype in COMMENT_ANNOTATIONS:
            out.append(Change(f"annotation added on page {page_no} ({_name(subtype)})",
                              Category.ANNOTATION))
        else:
            out.append(Change(f"annotation added on page {page_no} ({_name(subtype)}, can "
                              "paint over the signed content)", Category.OTHER))
    return out


_FIELD_FILL_KEYS = {"/V", "/AS", "/AP", "/MK"}


def _field_object_changes(name: str, old: Any, new: Any) -> list[Change]:
    if not isinstance(old, dict) or not isinstance(new, dict):
        return [Change(f"form field '{name}' replaced", Category.OTHER)]
    bad = [k for k in sorted(set(old) | set(new))
           if k not in _FIELD_FILL_KEYS and k != "/Kids"
           and not (k in old and k in new and _same(old.raw_get(k), new.raw_get(k)))]
    if "/Kids" in old or "/Kids" in new:
        ka = [_num(k) for k in _get(old, "/Kids", [])]
        kb = [_num(k) for k in _get(new, "/Kids", [])]
        if not set(ka) <= set(kb):
            bad.append("/Kids")
    if bad:
        return [Change(f"form field '{name}' changed ({', '.join(bad)})", Category.OTHER)]
    return []


_DOCTS_RE = re.compile(rb"/Type\s*/DocTimeStamp|/SubFilter\s*/ETSI\.RFC3161")


def _is_doc_timestamp(reader: PdfReader, ref: Any) -> bool:
    """Without letting pypdf decode the signature's ~30 KB hex /Contents."""
    if isinstance(ref, IndirectObject):
        off = reader.xref.get(ref.generation, {}).get(ref.idnum)
        if off is not None:
            stream = reader.stream
            stream.seek(off)
            head = stream.read(200_000)
            end = head.find(b"endobj")
            return bool(_DOCTS_RE.search(head[: end if end > 0 else None]))
    v = _res(ref)
    return isinstance(v, dict) and (_get(v, "/Type") == "/DocTimeStamp")


def _field_changes(c0: _Context, c1: _Context) -> list[Change]:
    out = []
    for name, f1 in c1.fields.items():
        is_sig = f1["ft"] == "/Sig"
        f0 = c0.fields.get(name)
        if f0 is None:
            if is_sig and f1["v"] is not None:
                if _is_doc_timestamp(c1.reader, f1["v"]):
                    out.append(Change(f"document timestamp {name} added",
                                      Category.DOC_TIMESTAMP))
                else:
                    out.append(Change(f"new signature field {name} signed", Category.SIGNATURE))
            elif is_sig:
                visible = [w for w in f1["widgets"] if isinstance(w, dict) and _visible(w)]
                if visible:
                    out.append(Change(
                        f"empty signature field {name} with a visible appearance added"
                        f"{_page_of(visible[0], c1)}", Category.OTHER))
                else:
                    out.append(Change(f"empty signature field {name} added", Category.SIGNATURE))
            else:
                out.append(Change(f"form field '{name}' added", Category.OTHER))
            continue
        if f0["ft"] != f1["ft"]:
            out.append(Change(f"form field '{name}' changed type", Category.OTHER))
            continue
        if not _same(f0["v"], f1["v"]):
            if is_sig:
                if f0["v"] is None:
                    if _is_doc_timestamp(c1.reader, f1["v"]):
                        out.append(Change(f"document timestamp {name} added",
                                          Category.DOC_TIMESTAMP))
                    else:
                        out.append(Change(f"signature field {name} signed", Category.SIGNATURE))
                else:
                    out.append(Change(f"signature in field {name} replaced", Category.OTHER))
            else:
                out.append(Change(f"form field '{name}' filled", Category.FORM_FILL))
    for name in c0.fields:
        if name not in c1.fields:
            out.append(Change(f"form field '{name}' removed", Category.OTHER))
    return out


_OBJ_HDR = re.compile(rb"[\r\n\s](\d+)\s+(\d+)\s+obj\b")


def structural_problems(data: bytes, start: int, end: int, startxref: int,
                        reader: PdfReader) -> list[Change]:
    """An update must carry its own cross-reference section, and every object written in it
    must be listed there (otherwise a repairing viewer may show objects we never compared)."""
    out = []
    if not start <= startxref < end:
        out.append(Change("an update has no cross-reference section of its own",
                          Category.OTHER))
    locs = object_locations(reader)
    for m in _OBJ_HDR.finditer(data, max(start - 1, 0), end):
        num, gen, pos = int(m.group(1)), int(m.group(2)), m.start() + 1
        loc = locs.get(num)
        if pos == startxref:
            continue
        if loc is None or loc[0] != "o" or loc[1] != gen or loc[2] != pos:
            out.append(Change(f"object {num} is written in an update but not listed in its "
                              "cross-reference section", Category.OTHER))
    return out
