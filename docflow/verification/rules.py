"""Change analysis on one principle: every use of every changed object justified by a rule.

Shape learnt from pyHanko's ``sign/diff_analysis`` (rules separate from the policy); own code.

``RevisionDiff`` says which objects an incremental update added, redefined or freed, and the
``RevisionGraph`` of each side says every path (``Use``) by which the revision reaches each
object. A ``Rule`` is a small object that speaks about one use of one changed object: it
returns a ``Finding`` (allowed under some category, or refused with the reason) or None when
the use is none of its business. ``Policy`` asks its rules about every use, in the earlier
and in the later revision, of every changed object:

- a finding marked ``final`` decides that use (a rule that knows better than the rest, e.g.
  a freed object, or a rule added for one precise situation);
- otherwise a refusal by any rule wins over allowances;
- a use no rule speaks about is refused ("no rule allows it").

So an object drawn by a page is never excused by a metadata or DSS rule: its DRAWN use needs a
justification of its own, and nothing justifies changing what a page draws.

Adding a rule (issue 15's "number and date filled with the seal" is the model): subclass
``Rule``, set ``name`` and ``contexts``, implement ``judge``, and build
``Policy(DEFAULT_RULES + (MyRule(),))`` — or ``DEFAULT_POLICY.with_rules(MyRule())``.
Each finding carries English and Vietnamese words for the auditor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from .graph import WIDGET_KEYS, Ctx, FieldInfo, RevisionGraph, Use

__all__ = ["Category", "Finding", "Rule", "RevisionDiff", "Policy", "DEFAULT_RULES",
           "DEFAULT_POLICY", "pdf_equal", "changed_keys", "COMMENT_ANNOTATIONS"]


class Category:
    """What kind of change a finding is; DocMDP says which kinds a signature allows."""

    STRUCTURE = "structure"  # bookkeeping implied by another finding (an array grew…)
    SIGNATURE = "signature"
    DOC_TIMESTAMP = "document_timestamp"
    DSS = "dss"
    FORM_FILL = "form_fill"
    ANNOTATION = "annotation"
    METADATA = "metadata"
    OTHER = "other"


# Annotations that only comment (a note icon, a highlight). Under P3 only these are allowed;
# FreeText, Stamp, Square, Ink… can paint over what was signed (the "Evil Annotation").
COMMENT_ANNOTATIONS = frozenset(
    {"/Text", "/Popup", "/Highlight", "/Underline", "/StrikeOut", "/Squiggly", "/Caret"})


@dataclass(frozen=True)
class Finding:
    """What one rule says about one use of one changed object."""

    allowed: bool
    category: str
    en: str
    vi: str
    field: str | None = None  # the form field it fills/signs (FieldMDP locks apply to it)
    quiet: bool = False  # implied by another finding that the report lists
    final: bool = False  # decides the use whatever the other rules say
    rule: str = ""


def _no(en: str, vi: str, **kw: Any) -> Finding:
    return Finding(False, Category.OTHER, en, vi, **kw)


# ----------------------------------------------------------------- PDF values, compared

def _is_number(v: Any) -> bool:
    return isinstance(v, NumberObject | FloatObject | int | float) and not isinstance(
        v, bool | BooleanObject)


def _string_bytes(v: Any) -> bytes:
    ob = getattr(v, "original_bytes", None)
    if isinstance(ob, bytes):
        return ob
    return bytes(v) if isinstance(v, ByteStringObject) else str(v).encode("utf-8")


def _present(d: DictionaryObject, k: Any) -> bool:
    """ISO 32000 §7.3.7: an entry whose value is null is the same as no entry."""
    return k in d and not isinstance(dict.__getitem__(d, k), NullObject)


def pdf_equal(a: Any, b: Any) -> bool:
    """Equality of PDF values as PDF defines it, without resolving references: numbers by
    value (612 = 612.0), names after #xx decoding, strings by their bytes (literal or hex),
    dictionaries without regard to order and with null entries absent, streams by their
    dictionary and their (encoded) data, references by object number and generation."""
    if isinstance(a, IndirectObject) or isinstance(b, IndirectObject):
        return (isinstance(a, IndirectObject) and isinstance(b, IndirectObject)
                and a.idnum == b.idnum and a.generation == b.generation)
    if isinstance(a, StreamObject) or isinstance(b, StreamObject):
        if not (isinstance(a, StreamObject) and isinstance(b, StreamObject)):
            return False
        da, db = DictionaryObject(a), DictionaryObject(b)
        for d in (da, db):
            d.pop(NameObject("/Length"), None)  # the length is implied by the data
        return a._data == b._data and pdf_equal(da, db)  # noqa: SLF001
    if isinstance(a, dict) and isinstance(b, dict):
        ka = {k for k in a if not isinstance(dict.__getitem__(a, k), NullObject)}
        kb = {k for k in b if not isinstance(dict.__getitem__(b, k), NullObject)}
        return ka == kb and all(pdf_equal(dict.__getitem__(a, k), dict.__getitem__(b, k))
                                for k in ka)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(pdf_equal(x, y) for x, y in zip(a, b, strict=True))
    if _is_number(a) and _is_number(b):
        return float(a) == float(b)
    if isinstance(a, TextStringObject | ByteStringObject) and isinstance(
            b, TextStringObject | ByteStringObject):
        return _string_bytes(a) == _string_bytes(b)
    if isinstance(a, NameObject) and isinstance(b, NameObject):
        return str(a) == str(b)
    if isinstance(a, BooleanObject) and isinstance(b, BooleanObject):
        return bool(a) == bool(b)
    if isinstance(a, NullObject) and isinstance(b, NullObject):
        return True
    return type(a) is type(b) and a == b


def changed_keys(old: Any, new: Any) -> set[str]:
    """Keys whose values differ (as PDF values) between two dictionaries."""
    if not isinstance(old, DictionaryObject) or not isinstance(new, DictionaryObject):
        return {"(the object itself)"}
    keys = {str(k) for k in old if _present(old, k)} | {str(k) for k in new if _present(new, k)}
    return {k for k in keys
            if not (_present(old, k) and _present(new, k)
                    and pdf_equal(dict.__getitem__(old, k), dict.__getitem__(new, k)))}


def _name(v: Any) -> str:
    return str(v)[1:] if str(v).startswith("/") else str(v)


def _keys(keys: set[str]) -> str:
    return ", ".join(sorted(keys))


# ------------------------------------------------------------------------ the diff

ADDED, REDEFINED, FREED, REUSED = "added", "redefined", "freed", "reused"
# contexts whose content is checked (XMP, DSS entries): an unchanged object that the update
# newly puts in one of them (the page content named as /Metadata) is judged there too
CHECKED_CONTEXTS = frozenset({Ctx.METADATA, Ctx.DSS_CERT, Ctx.DSS_CRL, Ctx.DSS_OCSP,
                              Ctx.DSS_TS})


class RevisionDiff:
    """The objects one incremental update added, redefined or freed, with both graphs."""

    def __init__(self, old: PdfReader, new: PdfReader, g0: RevisionGraph, g1: RevisionGraph,
                 added: set[int], redefined: set[int], freed: set[int]) -> None:
        self.old, self.new, self.g0, self.g1 = old, new, g0, g1
        self.added, self.redefined, self.freed = added, redefined, freed
        self.changed = added | redefined | freed
        self._judge: Any = None  # set by Policy: object number -> its findings
        self.reused: dict[int, list[Use]] = {}
        for n, uses in g1.uses.items():
            if n in self.changed:
                continue
            before = {u.ctx for u in g0.uses.get(n, ())}
            fresh = [u for u in uses if u.ctx in CHECKED_CONTEXTS and u.ctx not in before]
            if fresh:
                self.reused[n] = fresh

    def status(self, n: int) -> str | None:
        if n in self.added:
            return ADDED
        if n in self.redefined:
            return REDEFINED
        if n in self.freed:
            return FREED
        if n in self.reused:
            return REUSED
        return None

    def old_obj(self, n: int) -> Any:
        try:
            return self.old.get_object(n)
        except Exception:  # noqa: BLE001 - unreadable: compared as missing
            return None

    def new_obj(self, n: int) -> Any:
        try:
            return self.new.get_object(n)
        except Exception:  # noqa: BLE001
            return None

    def field(self, name: str | None, side: int) -> FieldInfo | None:
        if name is None:
            return None
        return (self.g0 if side == 0 else self.g1).fields.get(name)

    def holder_findings(self, holder: int) -> list[Finding]:
        return self._judge(holder) if self._judge is not None else []


# ------------------------------------------------------------------------- rules

class Rule:
    """Speaks about uses in ``contexts``; ``judge`` returns a Finding or None."""

    name = "rule"
    contexts: frozenset[str] = frozenset()

    def judge(self, d: RevisionDiff, n: int, use: Use) -> Finding | None:
        raise NotImplementedError

    def ok(self, category: str, en: str, vi: str, **kw: Any) -> Finding:
        return Finding(True, category, en, vi, rule=self.name, **kw)

    def no(self, en: str, vi: str, **kw: Any) -> Finding:
        return Finding(False, Category.OTHER, en, vi, rule=self.name, **kw)


_ALL_CONTEXTS = frozenset(v for k, v in vars(Ctx).items() if k.isupper())


class FreedRule(Rule):
    """An object the earlier revision still uses may not be freed (nor its number reused
    for something else without that being judged as a redefinition)."""

    name = "freed"
    contexts = _ALL_CONTEXTS

    def judge(self, d, n, use):
        if d.status(n) != FREED:
            return None
        return self.no(f"object {n} ({use.where()}) freed while the document uses it",
                       f"đối tượng {n} ({use.where_vi()}) bị giải phóng trong khi tài liệu "
                       "còn dùng", final=True)


# contexts whose added objects are judged by their own rule, not by the holder's
_STRUCTURAL = frozenset({Ctx.CATALOG, Ctx.PAGE_TREE, Ctx.PAGE, Ctx.ANNOTS, Ctx.ANNOT,
                         Ctx.WIDGET, Ctx.APPEARANCE, Ctx.ACROFORM, Ctx.FIELDS, Ctx.FIELD,
                         Ctx.DSS, Ctx.DSS_ARRAY, Ctx.DSS_CERT, Ctx.DSS_CRL, Ctx.DSS_OCSP,
                         Ctx.DSS_TS, Ctx.VRI, Ctx.METADATA, Ctx.PERMS, Ctx.ENCRYPT, Ctx.INFO})


class DependencyRule(Rule):
    """A new object that only a changed object reaches (the resources of a new appearance,
    the dictionary of a new signature…) is part of that change: allowed exactly when its
    holder's change is, under the same category."""

    name = "dependency"
    contexts = _ALL_CONTEXTS - _STRUCTURAL

    def judge(self, d, n, use):
        if d.status(n) != ADDED or use.holder is None or use.holder not in d.changed \
                or use.holder == n:
            return None
        held = d.holder_findings(use.holder)
        if held and all(f.allowed for f in held):
            main = next((f for f in held if not f.quiet), held[0])
            return Finding(True, main.category, main.en, main.vi, field=main.field,
                           quiet=True, final=True, rule=self.name)
        return Finding(False, Category.OTHER, f"object {n} added for a change that is not "
                       "allowed", f"đối tượng {n} được thêm cho một thay đổi không được phép",
                       quiet=True, final=True, rule=self.name)


class TrailerEntryRule(Rule):
    """/Encrypt and /Perms never change after a signature."""

    name = "security"
    contexts = frozenset({Ctx.ENCRYPT, Ctx.PERMS})

    def judge(self, d, n, use):
        if use.ctx == Ctx.ENCRYPT:
            return self.no("encryption dictionary changed", "từ điển mã hoá bị thay đổi")
        return self.no("signature permissions (certification) changed",
                       "quyền của chữ ký (chứng nhận) bị thay đổi")


class InfoRule(Rule):
    """The document information dictionary is never drawn: updating it is metadata."""

    name = "info"
    contexts = frozenset({Ctx.INFO})

    def judge(self, d, n, use):
        info = d.new_obj(n) if use.holder is None else None
        if isinstance(info, DictionaryObject):
            for k in info:
                v = info.raw_get(k)
                if isinstance(v, IndirectObject) and v.idnum not in d.added:
                    return self.no(f"document information ({k}) refers to object {v.idnum} of "
                                   "the signed revision", f"thông tin tài liệu ({k}) trỏ tới "
                                   f"đối tượng {v.idnum} của phiên bản đã ký")
        return self.ok(Category.METADATA, "document information changed",
                       "thông tin tài liệu được cập nhật", quiet=use.holder is not None)


_CATALOG_METADATA_KEYS = {"/Metadata": ("document metadata updated",
                                        "siêu dữ liệu tài liệu được cập nhật"),
                          "/Version": ("document version updated",
                                       "phiên bản PDF được cập nhật"),
                          "/MarkInfo": ("tagged-PDF marker updated",
                                        "đánh dấu PDF có cấu trúc được cập nhật")}


def _acroform_findings(rule: Rule, old: Any, new: Any) -> list[Finding]:
    out: list[Finding] = []
    if old is None:
        old = DictionaryObject()
    if not isinstance(old, DictionaryObject) or not isinstance(new, DictionaryObject):
        return [rule.no("form dictionary replaced", "từ điển biểu mẫu bị thay thế")]
    for key in sorted(changed_keys(old, new)):
        if key in ("/Fields", "/SigFlags"):
            out.append(rule.ok(Category.STRUCTURE, "form fields listed", "danh sách trường",
                               quiet=True))
        elif key in ("/DR", "/DA", "/NeedAppearances", "/Q"):
            out.append(rule.ok(Category.FORM_FILL, "form defaults changed",
                               "thiết lập mặc định của biểu mẫu thay đổi"))
        else:
            out.append(rule.no(f"form dictionary changed ({key})",
                               f"từ điển biểu mẫu bị thay đổi ({key})"))
    return out


def _res(v: Any) -> Any:
    try:
        return v.get_object() if isinstance(v, IndirectObject) else v
    except Exception:  # noqa: BLE001
        return None


class CatalogRule(Rule):
    """The catalog may change only in its form, DSS, extensions, metadata and version."""

    name = "catalog"
    contexts = frozenset({Ctx.CATALOG})

    def judge(self, d, n, use):
        if d.status(n) != REDEFINED:
            return self.no("document catalog replaced", "danh mục tài liệu bị thay thế")
        old, new = d.old_obj(n), d.new_obj(n)
        found: list[Finding] = []
        for key in sorted(changed_keys(old, new)):
            if key == "/AcroForm":
                a = old.raw_get(key) if isinstance(old, DictionaryObject) and key in old else None
                b = new.raw_get(key) if isinstance(new, DictionaryObject) and key in new else None
                if isinstance(a, IndirectObject) or isinstance(b, IndirectObject):
                    found.append(self.ok(Category.STRUCTURE, "form added", "thêm biểu mẫu",
                                         quiet=True) if a is None else
                                 self.no("form dictionary replaced",
                                         "từ điển biểu mẫu bị thay thế"))
                else:
                    found += _acroform_findings(self, a, b)
            elif key == "/DSS":
                found.append(self.ok(Category.DSS, "DSS added" if "/DSS" not in old
                                     else "DSS updated", "thêm dữ liệu kiểm tra (DSS)"
                                     if "/DSS" not in old else "cập nhật dữ liệu kiểm tra (DSS)"))
            elif key == "/Extensions":
                found.append(self.ok(Category.DSS, "extensions declaration updated",
                                     "khai báo phần mở rộng được cập nhật", quiet=True))
            elif key == "/Metadata" and (
                    not isinstance(new, DictionaryObject) or "/Metadata" not in new
                    or not isinstance(new.raw_get("/Metadata"), IndirectObject)
                    or not is_xmp(_der(new.raw_get("/Metadata")) or b"")):
                found.append(self.no("XMP metadata is not a well-formed XMP packet",
                                     "siêu dữ liệu XMP không phải là gói XMP hợp lệ"))
            elif key in _CATALOG_METADATA_KEYS:
                en, vi = _CATALOG_METADATA_KEYS[key]
                found.append(self.ok(Category.METADATA, en, vi))
            elif key == "/Pages":
                found.append(self.no("page tree replaced", "cây trang bị thay thế"))
            elif key == "/Perms":
                found.append(self.no("signature permissions (certification) changed",
                                     "quyền của chữ ký (chứng nhận) bị thay đổi"))
            else:
                found.append(self.no(f"document catalog changed ({key})",
                                     f"danh mục tài liệu bị thay đổi ({key})"))
        refused = [f for f in found if not f.allowed]
        if refused:
            return refused[0]
        listed = [f for f in found if not f.quiet]
        if listed:
            return listed[0]
        return self.ok(Category.STRUCTURE, "catalog updated", "cập nhật danh mục", quiet=True)


class CatalogEntryRule(Rule):
    """Objects below catalog entries without a rule of their own (/Names, /Outlines,
    /OpenAction…) may not change; /Extensions is what a DSS update declares."""

    name = "catalog-entry"
    contexts = frozenset({Ctx.CATALOG_ENTRY})

    def judge(self, d, n, use):
        if use.key == "/Extensions":
            return self.ok(Category.DSS, "extensions declaration updated",
                           "khai báo phần mở rộng được cập nhật", quiet=True)
        if use.key == "/MarkInfo":
            return self.ok(Category.METADATA, "tagged-PDF marker updated",
                           "đánh dấu PDF có cấu trúc được cập nhật", quiet=True)
        return self.no(f"document catalog entry {use.key} changed (object {n})",
                       f"mục {use.key} của danh mục tài liệu bị thay đổi (đối tượng {n})")


class PageTreeRule(Rule):
    name = "page-tree"
    contexts = frozenset({Ctx.PAGE_TREE})

    def judge(self, d, n, use):
        return self.no("page tree changed", "cây trang bị thay đổi")


def _annot_refs(v: Any) -> list[Any]:
    arr = _res(v)
    return list(arr) if isinstance(arr, ArrayObject) else []


def _annots_finding(rule: Rule, page: int | None, old: Any, new: Any) -> Finding:
    a0, a1 = _annot_refs(old), _annot_refs(new)
    n0 = [x.idnum for x in a0 if isinstance(x, IndirectObject)]
    n1 = [x.idnum for x in a1 if isinstance(x, IndirectObject)]
    d0 = [x for x in a0 if not isinstance(x, IndirectObject)]
    d1 = [x for x in a1 if not isinstance(x, IndirectObject)]
    if any(x not in n1 for x in n0):
        return rule.no(f"annotation removed from page {page}", f"chú thích bị xoá khỏi trang {page}")
    if not pdf_equal(ArrayObject(d0), ArrayObject(d1)):
        return rule.no(f"direct annotation changed on page {page}",
                       f"chú thích trực tiếp trên trang {page} bị thay đổi")
    return rule.ok(Category.STRUCTURE, f"annotations of page {page} listed",
                   f"danh sách chú thích trang {page}", quiet=True)


class PageRule(Rule):
    """A page may change only in its list of annotations (each added one is judged)."""

    name = "page"
    contexts = frozenset({Ctx.PAGE})

    def judge(self, d, n, use):
        p = use.page
        if d.status(n) != REDEFINED:
            return self.no(f"page {p} added or replaced", f"trang {p} được thêm hoặc thay thế")
        old, new = d.old_obj(n), d.new_obj(n)
        keys = changed_keys(old, new)
        if "/Contents" in keys:
            return self.no(f"page {p} content replaced", f"nội dung trang {p} bị thay thế")
        if "/Resources" in keys:
            return self.no(f"page {p} resources changed", f"tài nguyên trang {p} bị thay đổi")
        if keys - {"/Annots"}:
            return self.no(f"page {p} changed ({_keys(keys - {'/Annots'})})",
                           f"trang {p} bị thay đổi ({_keys(keys - {'/Annots'})})")
        if "/Annots" in keys:
            return _annots_finding(self, p, old.raw_get("/Annots") if "/Annots" in old else None,
                                   new.raw_get("/Annots") if "/Annots" in new else None)
        return self.ok(Category.STRUCTURE, f"page {p} rewritten unchanged",
                       f"trang {p} được ghi lại không đổi", quiet=True)


class AnnotsRule(Rule):
    """A page's /Annots array may grow; removing or rewriting entries is not allowed."""

    name = "annotations-list"
    contexts = frozenset({Ctx.ANNOTS})

    def judge(self, d, n, use):
        if d.status(n) == ADDED:
            return self.ok(Category.STRUCTURE, f"annotations of page {use.page} listed",
                           f"danh sách chú thích trang {use.page}", quiet=True)
        return _annots_finding(self, use.page, d.old_obj(n), d.new_obj(n))


class AnnotationRule(Rule):
    """Commenting annotations (note, highlight…) are ANNOTATION changes; annotations that
    can paint over the page (FreeText, Stamp, Square, Ink…) are never allowed."""

    name = "annotation"
    contexts = frozenset({Ctx.ANNOT})

    def judge(self, d, n, use):
        p = use.page
        new = d.new_obj(n)
        sub = new.get("/Subtype") if isinstance(new, DictionaryObject) else None
        if d.status(n) == ADDED:
            if sub in COMMENT_ANNOTATIONS:
                return self.ok(Category.ANNOTATION, f"annotation added on page {p} ({_name(sub)})",
                               f"thêm chú thích trên trang {p} ({_name(sub)})")
            return self.no(f"annotation added on page {p} ({_name(sub)}, can paint over the "
                           "signed content)", f"thêm chú thích trên trang {p} ({_name(sub)}, có "
                           "thể vẽ đè lên nội dung đã ký)")
        old = d.old_obj(n)
        old_sub = old.get("/Subtype") if isinstance(old, DictionaryObject) else None
        if sub in COMMENT_ANNOTATIONS and old_sub in COMMENT_ANNOTATIONS:
            return self.ok(Category.ANNOTATION, f"annotation modified on page {p}",
                           f"chú thích trên trang {p} được sửa")
        return self.no(f"annotation modified on page {p}", f"chú thích trên trang {p} bị sửa")


def _visible(widget: Any) -> bool:
    if not isinstance(widget, DictionaryObject):
        return False
    try:
        rect = [float(x) for x in widget.get("/Rect", [0, 0, 0, 0])]
    except (TypeError, ValueError):
        return True
    if len(rect) != 4 or abs(rect[2] - rect[0]) < 1 or abs(rect[3] - rect[1]) < 1:
        return False
    ap = _res(widget.get("/AP"))
    if not isinstance(ap, DictionaryObject) or "/N" not in ap:
        return False
    try:
        flags = int(widget.get("/F", 0))
    except (TypeError, ValueError):
        return True
    return not flags & 0b10  # the Hidden flag


_PAINT_RE = re.compile(rb"(?<![A-Za-z])(Tj|TJ|'|\"|Do|f\*?|F|B\*?|b\*?|S|s|sh|BI)(?![A-Za-z*])")


def _paints(stream: Any) -> bool:
    """Does an appearance stream paint anything (text, a path, an image)?"""
    s = _res(stream)
    if isinstance(s, DictionaryObject) and not isinstance(s, StreamObject):
        return any(_paints(v) for v in s.values())  # appearance states
    if not isinstance(s, StreamObject):
        return False
    try:
        data = s.get_data()
    except Exception:  # noqa: BLE001 - unreadable: assume it paints
        return True
    return bool(_PAINT_RE.search(data))


def _empty_value(info: FieldInfo | None) -> bool:
    if info is None:
        return True
    v = _res(info.obj.get("/V")) if isinstance(info.obj, DictionaryObject) else None
    if v is None or isinstance(v, NullObject):
        return True
    if isinstance(v, TextStringObject | ByteStringObject) and not _string_bytes(v).strip():
        return True
    return isinstance(v, NameObject) and str(v) == "/Off"


def _sig_kind(d: RevisionDiff, info: FieldInfo) -> tuple[str, str, str]:
    """(category, en, vi) for a signature field that is now signed."""
    v = _res(info.obj.get("/V")) if isinstance(info.obj, DictionaryObject) else None
    ts = isinstance(v, DictionaryObject) and (v.get("/Type") == "/DocTimeStamp"
                                              or v.get("/SubFilter") == "/ETSI.RFC3161")
    if ts:
        return (Category.DOC_TIMESTAMP, f"document timestamp {info.name} added",
                f"thêm dấu thời gian tài liệu {info.name}")
    return (Category.SIGNATURE, f"signature field {info.name} signed",
            f"trường chữ ký {info.name} được ký")


# What filling a field may change (pyHanko's VALUE_UPDATE_KEYS: docflow is never laxer;
# /MK, /RV, /I, /M were allowed here once and pyHanko refuses them)
def _is_appearance_dict(ap: Any) -> bool:
    """ISO 32000 §12.5.5: a dictionary (not a stream) whose /N (/R, /D) are streams or
    dictionaries of streams."""
    if not isinstance(ap, DictionaryObject) or isinstance(ap, StreamObject) or "/N" not in ap:
        return False
    for key in ("/N", "/R", "/D"):
        if key in ap:
            v = _res(ap.raw_get(key))
            if isinstance(v, StreamObject):
                continue
            if not isinstance(v, DictionaryObject) or not all(
                    isinstance(_res(x), StreamObject) for x in v.values()):
                return False
    return True


_FIELD_FILL_KEYS = {"/V", "/Ff", "/DA", "/Q"}
_WIDGET_FILL_KEYS = {"/AP", "/AS", "/F"}


class FieldRule(Rule):
    """Form fields: a value may be filled, an empty signature field signed, a new signature
    field added (invisible when empty); a signed signature field never changes (only its
    /Ff flags, which Acrobat sets liberally); no other field may be added, renamed,
    retyped or removed."""

    name = "form-field"
    contexts = frozenset({Ctx.FIELD})

    def judge(self, d, n, use):
        name = use.field
        f0, f1 = d.field(name, 0), d.field(name, 1)
        st = d.status(n)
        if st == ADDED:
            if f1 is None:  # a new non-terminal field: its terminal fields are judged
                return self.ok(Category.STRUCTURE, "form field group added",
                               "thêm nhóm trường", quiet=True)
            if f0 is not None:
                return self.no(f"form field '{name}' replaced", f"trường '{name}' bị thay thế")
            if f1.ft != "/Sig":
                return self.no(f"form field '{name}' added", f"thêm trường '{name}'")
            if f1.signed:
                cat, en, vi = _sig_kind(d, f1)
                return self.ok(cat, "new " + en if cat == Category.SIGNATURE else en,
                               ("thêm và ký " + vi) if cat == Category.SIGNATURE else vi,
                               field=name if cat == Category.SIGNATURE else None)
            return self.ok(Category.SIGNATURE, f"empty signature field {name} added",
                           f"thêm trường chữ ký trống {name}", field=name)
        old, new = d.old_obj(n), d.new_obj(n)
        keys = changed_keys(old, new)
        merged = isinstance(new, DictionaryObject) and (
            "/Rect" in new or new.get("/Subtype") == "/Widget")
        if merged:
            keys -= WIDGET_KEYS  # judged by the widget rule
        kids_ok = True
        if "/Kids" in keys:
            k0 = {x.idnum for x in _annot_refs(old.raw_get("/Kids") if "/Kids" in old else None)
                  if isinstance(x, IndirectObject)}
            k1 = {x.idnum for x in _annot_refs(new.raw_get("/Kids") if "/Kids" in new else None)
                  if isinstance(x, IndirectObject)}
            kids_ok = k0 <= k1
            keys.discard("/Kids")
        if not kids_ok:
            return self.no(f"form field '{name}' lost a part", f"trường '{name}' bị mất một phần")
        if f0 is None or f1 is None:
            if not keys:
                return self.ok(Category.STRUCTURE, "form field group updated",
                               "cập nhật nhóm trường", quiet=True)
            return self.no(f"form field '{name}' changed ({_keys(keys)})",
                           f"trường '{name}' bị thay đổi ({_keys(keys)})")
        if f0.ft != f1.ft:
            return self.no(f"form field '{name}' changed type", f"trường '{name}' bị đổi kiểu")
        if f0.ft == "/Sig":
            if f0.signed:
                if keys - {"/Ff"}:
                    return self.no(f"signed signature field {name} changed ({_keys(keys)})",
                                   f"trường chữ ký đã ký {name} bị thay đổi ({_keys(keys)})")
                return self.ok(Category.STRUCTURE, f"signature field {name} flags",
                               f"cờ trường chữ ký {name}", quiet=True)
            if f1.signed:
                if keys - {"/V", "/Ff"}:
                    return self.no(f"signature field {name} changed when signed "
                                   f"({_keys(keys - {'/V', '/Ff'})})",
                                   f"trường chữ ký {name} bị thay đổi khi ký "
                                   f"({_keys(keys - {'/V', '/Ff'})})")
                v = new.raw_get("/V")
                if not isinstance(v, IndirectObject) or v.idnum not in d.added:
                    return self.no(f"signature field {name} signed with an object of the "
                                   "earlier revision", f"trường chữ ký {name} được ký bằng "
                                   "một đối tượng của phiên bản trước")
                cat, en, vi = _sig_kind(d, f1)
                return self.ok(cat, en, vi, field=name if cat == Category.SIGNATURE else None)
            if keys - {"/Ff"}:
                return self.no(f"empty signature field {name} changed ({_keys(keys)})",
                               f"trường chữ ký trống {name} bị thay đổi ({_keys(keys)})")
            return self.ok(Category.STRUCTURE, f"signature field {name} flags",
                           f"cờ trường chữ ký {name}", quiet=True)
        bad = keys - _FIELD_FILL_KEYS
        if bad:
            return self.no(f"form field '{name}' changed ({_keys(bad)})",
                           f"trường '{name}' bị thay đổi ({_keys(bad)})")
        if "/V" in keys:
            return self.ok(Category.FORM_FILL, f"form field '{name}' filled",
                           f"trường '{name}' được điền", field=name)
        return self.ok(Category.FORM_FILL, f"form field '{name}' updated",
                       f"trường '{name}' được cập nhật", field=name, quiet=not keys)


def _appearance_change(rule: Rule, d: RevisionDiff, name: str | None, ap: Any, *,
                       quiet: bool) -> Finding:
    """The judgement shared by a widget's /AP and its appearance streams."""
    f0, f1 = d.field(name, 0), d.field(name, 1)
    if f0 is not None and f0.signed:
        return rule.no(f"appearance of the signed signature field {name} replaced",
                       f"hình hiển thị của trường chữ ký đã ký {name} bị thay thế")
    if f1 is None:
        return rule.no("appearance of a widget without a form field changed",
                       "hình hiển thị của ô không thuộc trường nào bị thay đổi")
    if f1.ft == "/Sig":
        if f0 is None or not f0.signed and f1.signed:
            cat, en, vi = _sig_kind(d, f1)
            return rule.ok(cat, en, vi, field=name if cat == Category.SIGNATURE else None,
                           quiet=True)
        return rule.ok(Category.SIGNATURE, f"appearance of the empty signature field {name} "
                       "updated", f"hình hiển thị của trường chữ ký trống {name} được cập nhật",
                       field=name, quiet=quiet)
    if _empty_value(f1) and _paints(ap):
        return rule.no(f"form field '{name}' shows content but has no value",
                       f"trường '{name}' hiển thị nội dung nhưng không có giá trị")
    return rule.ok(Category.FORM_FILL, f"form field '{name}' appearance updated",
                   f"hình hiển thị của trường '{name}' được cập nhật", field=name, quiet=quiet)


class WidgetRule(Rule):
    """A widget shows a field: its appearance, state and flags may change when the field is
    filled or signed; its rectangle, border (/MK) and page may not; a signed signature's widget
    never changes; a widget must belong to a field; an empty signature field added must be
    invisible."""

    name = "widget"
    contexts = frozenset({Ctx.WIDGET})

    def judge(self, d, n, use):
        name, st = use.field, d.status(n)
        f0, f1 = d.field(name, 0), d.field(name, 1)
        new = d.new_obj(n)
        if f1 is None:
            return self.no(f"widget without a form field added or changed on page {use.page}",
                           f"ô không thuộc trường nào được thêm hoặc sửa trên trang {use.page}")
        if st == ADDED:
            if f0 is not None:
                return self.no(f"widget added to form field '{name}'",
                               f"thêm ô hiển thị cho trường '{name}'")
            if f1.ft != "/Sig":
                return self.no(f"form field '{name}' added", f"thêm trường '{name}'", quiet=True)
            if not f1.signed and _visible(new):
                where = f" on page {use.page}" if use.page else ""
                return self.no(f"empty signature field {name} with a visible appearance "
                               f"added{where}", f"thêm trường chữ ký trống {name} có hình "
                               f"hiển thị{where.replace(' on page', ' trên trang')}")
            cat = _sig_kind(d, f1)[0] if f1.signed else Category.SIGNATURE
            return self.ok(cat, f"signature field {name} placed", f"đặt trường chữ ký {name}",
                           field=name if cat == Category.SIGNATURE else None, quiet=True)
        old = d.old_obj(n)
        keys = changed_keys(old, new)
        if f1.num == n:  # merged with its field: the field's own keys are the field rule's
            keys &= WIDGET_KEYS
        if not keys:
            return self.ok(Category.STRUCTURE, f"widget of {name} rewritten unchanged",
                           f"ô của {name} được ghi lại không đổi", quiet=True)
        if f0 is not None and f0.signed:
            return self.no(f"widget of the signed signature field {name} changed "
                           f"({_keys(keys)})", f"ô hiển thị của trường chữ ký đã ký {name} "
                           f"bị thay đổi ({_keys(keys)})")
        bad = keys - _WIDGET_FILL_KEYS
        if bad:
            return self.no(f"widget of form field '{name}' changed ({_keys(bad)})",
                           f"ô hiển thị của trường '{name}' bị thay đổi ({_keys(bad)})")
        if "/AP" in keys or "/AS" in keys:
            ap = _res(new.get("/AP")) if isinstance(new, DictionaryObject) else None
            if "/AP" in new and not _is_appearance_dict(ap):
                return self.no(f"widget of form field '{name}' has no valid appearance "
                               "dictionary", f"ô hiển thị của trường '{name}' không có từ điển "
                               "hình hiển thị hợp lệ")
            normal = ap.get("/N") if isinstance(ap, DictionaryObject) else None
            return _appearance_change(self, d, name, normal, quiet=False)
        if f1.ft == "/Sig":
            return self.ok(Category.SIGNATURE, f"widget flags of signature field {name} updated",
                           f"cờ hiển thị của trường chữ ký {name} được cập nhật", field=name,
                           quiet=f1.signed)
        return self.ok(Category.FORM_FILL, f"form field '{name}' appearance updated",
                       f"hình hiển thị của trường '{name}' được cập nhật", field=name)


class AppearanceRule(Rule):
    """Appearance dictionaries and streams: those of a field follow the field (never of a
    signed signature; an empty field may not start to show content); those of an annotation
    follow the annotation."""

    name = "appearance"
    contexts = frozenset({Ctx.APPEARANCE})

    def judge(self, d, n, use):
        st = d.status(n)
        if use.field is None and use.key is not None:  # an annotation's appearance
            if use.key in COMMENT_ANNOTATIONS:
                return self.ok(Category.ANNOTATION, f"annotation appearance changed on page "
                               f"{use.page}", f"hình hiển thị chú thích trên trang {use.page} "
                               "thay đổi", quiet=st == ADDED)
            return self.no(f"appearance of a {_name(use.key)} annotation on page {use.page} "
                           "changed", f"hình hiển thị của chú thích {_name(use.key)} trên trang "
                           f"{use.page} bị thay đổi")
        if use.field is None:
            return self.no(f"appearance of a widget without a form field changed (object {n})",
                           f"hình hiển thị của ô không thuộc trường nào bị thay đổi (đối tượng {n})")
        if st == ADDED and use.holder is not None and use.holder not in d.changed:
            return self.no(f"appearance of form field '{use.field}' filled in through a "
                           "reference that pointed nowhere", f"hình hiển thị của trường "
                           f"'{use.field}' được thêm qua một tham chiếu trước đó không trỏ tới đâu")
        return _appearance_change(self, d, use.field, d.new_obj(n), quiet=st == ADDED)


class AcroFormRule(Rule):
    name = "form"
    contexts = frozenset({Ctx.ACROFORM})

    def judge(self, d, n, use):
        old = _res(d.g0.root.raw_get("/AcroForm")) if "/AcroForm" in d.g0.root else None
        found = _acroform_findings(self, old, d.new_obj(n))
        refused = [f for f in found if not f.allowed]
        if refused:
            return refused[0]
        listed = [f for f in found if not f.quiet]
        return listed[0] if listed else self.ok(Category.STRUCTURE, "form updated",
                                                "cập nhật biểu mẫu", quiet=True)


class FieldsListRule(Rule):
    """/Fields and /Kids arrays may grow (each new field is judged); never shrink."""

    name = "fields-list"
    contexts = frozenset({Ctx.FIELDS})

    def judge(self, d, n, use):
        if d.status(n) == REDEFINED:
            a0 = {x.idnum for x in _annot_refs(d.old_obj(n)) if isinstance(x, IndirectObject)}
            a1 = {x.idnum for x in _annot_refs(d.new_obj(n)) if isinstance(x, IndirectObject)}
            if not a0 <= a1:
                return self.no("form field removed", "trường biểu mẫu bị xoá")
        return self.ok(Category.STRUCTURE, "form fields listed", "danh sách trường", quiet=True)


class FieldValueRule(Rule):
    """An indirect field value (a long text, rich text) rewritten: the field is filled."""

    name = "field-value"
    contexts = frozenset({Ctx.FIELD_VALUE})

    def judge(self, d, n, use):
        return self.ok(Category.FORM_FILL, f"form field '{use.field}' filled",
                       f"trường '{use.field}' được điền", field=use.field)


class FormResourcesRule(Rule):
    """/DR: the resources a viewer uses to build field appearances (never drawn by itself)."""

    name = "form-resources"
    contexts = frozenset({Ctx.FORM_RESOURCES})

    def judge(self, d, n, use):
        if d.status(n) == ADDED and use.holder is not None and use.holder not in d.changed:
            return self.no("form resources filled in through a reference that pointed nowhere",
                           "tài nguyên biểu mẫu được thêm qua tham chiếu không trỏ tới đâu")
        return self.ok(Category.FORM_FILL, "form defaults changed",
                       "thiết lập mặc định của biểu mẫu thay đổi")


class SignatureValueRule(Rule):
    """A signature dictionary (and what it holds) never changes once written."""

    name = "signature-value"
    contexts = frozenset({Ctx.SIGNATURE})

    def judge(self, d, n, use):
        if d.status(n) == ADDED:
            return None  # a new signature's dictionary: the dependency of its field
        return self.no(f"signature of field {use.field} redefined",
                       f"chữ ký của trường {use.field} bị định nghĩa lại")


def _der(obj: Any) -> bytes | None:
    o = _res(obj)
    if not isinstance(o, StreamObject):
        return None
    try:
        return o.get_data()
    except Exception:  # noqa: BLE001
        return None


def _parses(ctx: str, data: bytes) -> bool:
    """Does a DSS entry parse as what its array says it is?"""
    from asn1crypto import cms as a_cms
    from asn1crypto import ocsp as a_ocsp
    from cryptography import x509

    try:
        if ctx == Ctx.DSS_CERT:
            x509.load_der_x509_certificate(data)
        elif ctx == Ctx.DSS_CRL:
            x509.load_der_x509_crl(data)
        elif ctx == Ctx.DSS_OCSP:
            resp = a_ocsp.OCSPResponse.load(data, strict=True)
            resp["response_status"].native  # noqa: B018 - forces parsing
            if resp["response_bytes"].native is not None:
                resp["response_bytes"]["response"].parsed.native  # noqa: B018
        elif ctx == Ctx.DSS_TS:
            a_cms.ContentInfo.load(data, strict=True).native  # noqa: B018
        else:
            return False
    except Exception:  # noqa: BLE001 - any failure: not what it claims to be
        return False
    return True


_DSS_KEYS = {"/Type", "/Certs", "/CRLs", "/OCSPs", "/VRI"}


class DssRule(Rule):
    """The DSS (ETSI EN 319 142-1): validation data that parses as certificates, CRLs,
    OCSP responses and timestamps, used only from the DSS (any other use of the same
    object is judged on its own)."""

    name = "dss"
    contexts = frozenset({Ctx.DSS, Ctx.DSS_ARRAY, Ctx.VRI, Ctx.DSS_CERT, Ctx.DSS_CRL,
                          Ctx.DSS_OCSP, Ctx.DSS_TS})

    def judge(self, d, n, use):
        if use.ctx == Ctx.DSS:
            new = d.new_obj(n)
            extra = {str(k) for k in new} - _DSS_KEYS if isinstance(new, DictionaryObject) \
                else {"(not a dictionary)"}
            if extra:
                return self.no(f"DSS holds something else ({_keys(extra)})",
                               f"DSS chứa thứ khác ({_keys(extra)})")
            added = d.status(n) == ADDED
            return self.ok(Category.DSS, "DSS added" if added else "DSS updated",
                           "thêm dữ liệu kiểm tra (DSS)" if added
                           else "cập nhật dữ liệu kiểm tra (DSS)")
        if use.ctx in (Ctx.DSS_ARRAY, Ctx.VRI):
            return self.ok(Category.DSS, "DSS updated", "cập nhật dữ liệu kiểm tra (DSS)",
                           quiet=True)
        data = _der(d.new_obj(n))
        if data is None or not _parses(use.ctx, data):
            what = {Ctx.DSS_CERT: ("a certificate", "chứng thư"), Ctx.DSS_CRL: ("a CRL", "CRL"),
                    Ctx.DSS_OCSP: ("an OCSP response", "phản hồi OCSP"),
                    Ctx.DSS_TS: ("a timestamp", "dấu thời gian")}[use.ctx]
            return self.no(f"DSS entry (object {n}) is not {what[0]}",
                           f"mục DSS (đối tượng {n}) không phải là {what[1]}")
        return self.ok(Category.DSS, "DSS updated", "cập nhật dữ liệu kiểm tra (DSS)", quiet=True)


_XMP_ROOTS = ("{adobe:ns:meta/}xmpmeta", "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF")


def is_xmp(data: bytes) -> bool:
    """A well-formed XMP packet: XML (no DTD, no entities) whose root is x:xmpmeta or
    rdf:RDF (ISO 16684-1), optionally inside <?xpacket?> processing instructions."""
    from defusedxml import ElementTree as SafeET

    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return False
    try:
        root = SafeET.fromstring(data.lstrip(b"\xef\xbb\xbf \r\n\t"))
    except Exception:  # noqa: BLE001 - not well-formed
        return False
    return root.tag in _XMP_ROOTS


class XmpRule(Rule):
    name = "xmp"
    contexts = frozenset({Ctx.METADATA})

    def judge(self, d, n, use):
        data = _der(d.new_obj(n))
        if data is None or not is_xmp(data):
            return self.no("XMP metadata is not a well-formed XMP packet",
                           "siêu dữ liệu XMP không phải là gói XMP hợp lệ")
        return self.ok(Category.METADATA, "XMP metadata updated", "cập nhật siêu dữ liệu XMP")


class DrawnRule(Rule):
    """Nothing a page draws may change: content, resources, fonts, images, form XObjects,
    what appearance streams use."""

    name = "drawn"
    contexts = frozenset({Ctx.DRAWN})

    def judge(self, d, n, use):
        p = use.page
        if use.field:
            return self.no(f"object {n} drawn by form field '{use.field}' changed ({use.path})",
                           f"đối tượng {n} do trường '{use.field}' vẽ bị thay đổi ({use.path})")
        if p and use.holder in d.g0.page_of and use.path.startswith("/Contents"):
            return self.no(f"page {p} content replaced", f"nội dung trang {p} bị thay thế")
        if p and use.holder in d.g0.page_of and use.path.startswith("/Resources"):
            return self.no(f"page {p} resources changed", f"tài nguyên trang {p} bị thay đổi")
        where = f" on page {p}" if p else ""
        return self.no(f"object {n} drawn{where} changed ({use.path})",
                       f"đối tượng {n} được vẽ{where.replace(' on page', ' trên trang')} "
                       f"bị thay đổi ({use.path})")


class OtherRule(Rule):
    """Objects in no known context: no change allowed (a new one only as a dependency)."""

    name = "other"
    contexts = frozenset({Ctx.OTHER})

    def judge(self, d, n, use):
        return self.no(f"object {n} ({use.path or 'trailer'}) changed",
                       f"đối tượng {n} ({use.path or 'trailer'}) bị thay đổi")


DEFAULT_RULES: tuple[Rule, ...] = (
    FreedRule(), DependencyRule(), TrailerEntryRule(), InfoRule(), CatalogRule(),
    CatalogEntryRule(), PageTreeRule(), PageRule(), AnnotsRule(), AnnotationRule(),
    WidgetRule(), AppearanceRule(), AcroFormRule(), FieldsListRule(), FieldRule(),
    FieldValueRule(), FormResourcesRule(), SignatureValueRule(), DssRule(), XmpRule(),
    DrawnRule(), OtherRule(),
)


@dataclass(frozen=True)
class ObjectVerdict:
    number: int
    status: str
    findings: tuple[tuple[Use, Finding], ...] = field(default_factory=tuple)

    @property
    def allowed(self) -> bool:
        return all(f.allowed for _, f in self.findings)


class Policy:
    """One composition of rules; ``judge(diff)`` gives every changed object's findings."""

    def __init__(self, rules: tuple[Rule, ...] = DEFAULT_RULES) -> None:
        self.rules = tuple(rules)

    def with_rules(self, *rules: Rule, first: bool = True) -> Policy:
        return Policy(tuple(rules) + self.rules if first else self.rules + tuple(rules))

    def judge_use(self, d: RevisionDiff, n: int, use: Use) -> Finding:
        found: list[Finding] = []
        for rule in self.rules:
            if use.ctx not in rule.contexts:
                continue
            f = rule.judge(d, n, use)
            if f is None:
                continue
            if f.final:
                return f
            found.append(f)
        refused = [f for f in found if not f.allowed]
        if refused:
            return refused[0]
        if found:
            return found[0]
        return _no(f"object {n} ({use.where()}) changed: no rule allows it",
                   f"đối tượng {n} ({use.where_vi()}) bị thay đổi: không quy tắc nào cho phép",
                   rule="policy")

    def judge(self, d: RevisionDiff) -> list[ObjectVerdict]:
        memo: dict[int, list[Finding]] = {}
        busy: set[int] = set()

        def findings(n: int) -> list[Finding]:
            if n in memo:
                return memo[n]
            if n in busy:  # a cycle of new objects: judged by the first one reached
                return [_no(f"object {n} is part of a reference cycle of new objects",
                            f"đối tượng {n} nằm trong vòng tham chiếu của các đối tượng mới",
                            quiet=True)]
            busy.add(n)
            uses = list(dict.fromkeys(d.g0.uses_of(n) + d.g1.uses_of(n)))
            memo[n] = [self.judge_use(d, n, u) for u in uses]
            busy.discard(n)
            return memo[n]

        d._judge = findings  # noqa: SLF001 - the dependency rule asks about holders
        out = []
        for n in sorted(d.changed):
            fs = findings(n)
            uses = list(dict.fromkeys(d.g0.uses_of(n) + d.g1.uses_of(n)))
            out.append(ObjectVerdict(n, d.status(n) or "", tuple(zip(uses, fs, strict=True))))
        for n, uses in sorted(d.reused.items()):
            out.append(ObjectVerdict(n, REUSED, tuple((u, self.judge_use(d, n, u))
                                                      for u in uses)))
        return out


DEFAULT_POLICY = Policy()
