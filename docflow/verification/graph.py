"""Every path by which one revision of a PDF reaches each of its objects.

Own code on pypdf. ``RevisionGraph`` walks a revision from its trailer and records, for each
indirect object, every *use*: which object (or the trailer) refers to it, under which key
path, and in which *context* — what the reference makes the object be for a viewer (the
catalog, a page, something a page draws, an annotation, a widget, an appearance, a form
field, a signature, the DSS, XMP metadata…). An object may have several uses (the "aliased
object" attack: a form XObject a page draws that is also the catalog's /Metadata); the change
policy (``rules``) must justify a change for every one of them.

Contexts are deliberately coarse on the side of caution: anything below a page other than its
annotations is DRAWN (content, resources, fonts, images, groups…), anything below an
appearance stream is DRAWN, and anything the walk does not know is OTHER.

Back references (/Parent, /P, /Popup, /IRT, a signature reference's /Data) are not uses: the
object they name is reached, and judged, through its forward path. Nor is a reference to a page
of the page tree from outside the tree: that is a destination (the catalog's /OpenAction
``[page /FitH null]`` fpdf2 writes, a link's /Dest, an outline item), a place to jump to, and
the page is judged as a page (its use from the tree). Walked as OTHER, the page would have
made every widget it lists "changed" when a form was filled.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

__all__ = ["Ctx", "Use", "FieldInfo", "RevisionGraph"]


class Ctx:
    """The contexts of a use (what the referenced object is, seen along that path)."""

    CATALOG = "catalog"
    INFO = "info"
    ENCRYPT = "encrypt"
    PAGE_TREE = "page_tree"
    PAGE = "page"
    DRAWN = "drawn"
    ANNOTS = "annots"
    ANNOT = "annotation"
    WIDGET = "widget"
    APPEARANCE = "appearance"
    ACROFORM = "acroform"
    FIELDS = "fields"
    FIELD = "field"
    FIELD_VALUE = "field_value"
    FORM_RESOURCES = "form_resources"
    SIGNATURE = "signature"
    PERMS = "perms"
    DSS = "dss"
    DSS_ARRAY = "dss_array"
    DSS_CERT = "dss_cert"
    DSS_CRL = "dss_crl"
    DSS_OCSP = "dss_ocsp"
    DSS_TS = "dss_timestamp"
    VRI = "vri"
    METADATA = "metadata"
    CATALOG_ENTRY = "catalog_entry"
    OTHER = "other"


@dataclass(frozen=True)
class Use:
    """One path to an object: ``holder`` (object number, None for the trailer) refers to it
    under ``path`` (keys and indexes from the holder), in context ``ctx``."""

    ctx: str
    holder: int | None
    path: str
    page: int | None = None  # 1-based page the use belongs to, when there is one
    field: str | None = None  # fully qualified form field name, when there is one
    # the catalog key (CATALOG_ENTRY), the DSS array (DSS_ARRAY), the annotation subtype
    # (APPEARANCE of an annotation)
    key: str | None = None

    def where(self) -> str:
        """The use in words (English)."""
        parts = [self.ctx.replace("_", " ")]
        if self.field:
            parts.append(f"of field '{self.field}'")
        if self.key:
            parts.append(f"({self.key})")
        if self.page:
            parts.append(f"on page {self.page}")
        return " ".join(parts)

    def where_vi(self) -> str:
        parts = [_CTX_VI.get(self.ctx, self.ctx)]
        if self.field:
            parts.append(f"của trường '{self.field}'")
        if self.key:
            parts.append(f"({self.key})")
        if self.page:
            parts.append(f"trên trang {self.page}")
        return " ".join(parts)


_CTX_VI = {
    Ctx.CATALOG: "danh mục tài liệu", Ctx.INFO: "thông tin tài liệu", Ctx.ENCRYPT: "mã hoá",
    Ctx.PAGE_TREE: "cây trang", Ctx.PAGE: "trang", Ctx.DRAWN: "nội dung hiển thị",
    Ctx.ANNOTS: "danh sách chú thích", Ctx.ANNOT: "chú thích", Ctx.WIDGET: "ô hiển thị",
    Ctx.APPEARANCE: "hình hiển thị", Ctx.ACROFORM: "biểu mẫu", Ctx.FIELDS: "danh sách trường",
    Ctx.FIELD: "trường biểu mẫu", Ctx.FIELD_VALUE: "giá trị trường",
    Ctx.FORM_RESOURCES: "tài nguyên biểu mẫu", Ctx.SIGNATURE: "chữ ký",
    Ctx.PERMS: "quyền chữ ký", Ctx.DSS: "dữ liệu kiểm tra (DSS)",
    Ctx.DSS_ARRAY: "danh sách DSS", Ctx.DSS_CERT: "chứng thư trong DSS",
    Ctx.DSS_CRL: "CRL trong DSS", Ctx.DSS_OCSP: "OCSP trong DSS",
    Ctx.DSS_TS: "dấu thời gian trong DSS", Ctx.VRI: "VRI trong DSS",
    Ctx.METADATA: "siêu dữ liệu XMP", Ctx.CATALOG_ENTRY: "mục danh mục tài liệu",
    Ctx.OTHER: "đối tượng khác",
}

# keys that point back up the tree: not uses (see the module docstring)
_BACK_REFS = frozenset({"/Parent", "/P", "/Popup", "/IRT", "/Data"})
# where a stream's dictionary names its length by reference (see RevisionGraph._length_refs)
_LENGTH_REF = re.compile(rb"/Length\s+(\d+)\s+(\d+)\s+R")
_STREAM_HEAD_BYTES = 64 * 1024
# where a page reference is a destination (a jump target), not something the page is part of
_DESTINATION_CONTEXTS = frozenset({Ctx.DRAWN, Ctx.OTHER, Ctx.CATALOG_ENTRY})
# catalog entries with a context of their own; /OCProperties decides what is visible
_CATALOG_DRAWN = frozenset({"/OCProperties"})
WIDGET_KEYS = frozenset({"/Type", "/Subtype", "/Rect", "/AP", "/AS", "/F", "/MK", "/P", "/BS",
                         "/Border", "/C", "/H", "/A", "/AA", "/NM", "/M", "/StructParent",
                         "/OC", "/Contents"})


# A revision with more pages than this is not analysed (its changes are refused): a hostile
# update adding 50,000 pages kept the walk busy for a minute. Signing accepts 5,000 pages.
MAX_PAGES = int(os.environ.get("DOCFLOW_MAX_VERIFY_PAGES", 20_000))


@dataclass
class FieldInfo:
    """A terminal form field of one revision."""

    name: str
    ft: str | None
    num: int | None
    obj: DictionaryObject
    signed: bool  # a signature field whose /V is set
    widgets: list[int | None] = field(default_factory=list)  # object numbers (None: direct)
    lock: Any = None  # the field's /Lock dictionary (signature fields)


def _num(obj: Any) -> int | None:
    return obj.idnum if isinstance(obj, IndirectObject) else None


def _res(obj: Any) -> Any:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def _raw(d: Any, key: str) -> Any:
    return d.raw_get(key) if isinstance(d, DictionaryObject) and key in d else None


class RevisionGraph:
    """Uses of every object reachable from one revision's trailer."""

    def __init__(self, reader: PdfReader) -> None:
        self.reader = reader
        self.uses: dict[int, dict[Use, None]] = {}  # insertion-ordered sets
        self.fields: dict[str, FieldInfo] = {}
        self.field_of: dict[int, str] = {}  # field or widget object number -> field name
        self.pages: list[DictionaryObject] = []
        self.page_of: dict[int, int] = {}  # page object number -> 1-based page
        self._seen: set[tuple] = set()
        self.too_large = False  # more than MAX_PAGES pages: not walked to the end
        trailer = reader.trailer
        self.root_num = _num(trailer.raw_get("/Root")) if "/Root" in trailer else None
        self.info_num = _num(trailer.raw_get("/Info")) if "/Info" in trailer else None
        self.encrypt = trailer.raw_get("/Encrypt") if "/Encrypt" in trailer else None
        root = _res(trailer.raw_get("/Root")) if "/Root" in trailer else None
        self.root: DictionaryObject = root if isinstance(root, DictionaryObject) \
            else DictionaryObject()
        self._tree_pages = self._page_numbers()
        self._fields_first()
        for key in trailer:
            if key in ("/Size", "/Prev", "/XRefStm", "/ID", "/Type", "/W", "/Index",
                       "/Length", "/Filter", "/DecodeParms"):
                continue
            ctx = {"/Root": Ctx.CATALOG, "/Info": Ctx.INFO, "/Encrypt": Ctx.ENCRYPT}.get(
                key, Ctx.OTHER)
            self._edge(trailer.raw_get(key), Use(ctx, None, key))

    # --------------------------------------------------------------------------- walking

    def _edge(self, value: Any, use: Use) -> None:
        """Follow ``value`` (direct or a reference) found at ``use``."""
        n = _num(value)
        if n is None:
            self._visit(value, use, use.holder)
            return
        if n in self._tree_pages and use.ctx in _DESTINATION_CONTEXTS:
            return  # a destination, not a use (see the module docstring)
        self.uses.setdefault(n, {})[use] = None
        # what lies below a drawn (or other generic) object is the same for every page that
        # shares it: walked once (50,000 pages sharing one content stream stay linear)
        generic = use.ctx in (Ctx.DRAWN, Ctx.OTHER, Ctx.INFO, Ctx.SIGNATURE, Ctx.FIELD_VALUE)
        key = (n, use.ctx, None if generic else use.page, use.field, use.key)
        if key in self._seen:
            return
        self._seen.add(key)
        try:
            obj = value.get_object()
        except Exception:  # noqa: BLE001 - an unreadable object has uses but no children
            return
        if isinstance(obj, StreamObject):
            # pypdf resolves an indirect /Length and drops it: without this edge, an update that
            # redefines only the length object (shortening the stream, or lengthening it over
            # bytes hidden after its end) would change what is drawn with no changed object in use
            for length in self._length_refs(n):
                self._edge(length, Use(use.ctx, n, "/Length", use.page, use.field, use.key))
        self._visit(obj, use, n)

    def _length_refs(self, n: int) -> list[IndirectObject]:
        """The indirect /Length of stream ``n`` as written in this revision's bytes (a stream is
        never inside an object stream). Read from the dictionary's text, so it over-approximates:
        any ``/Length N G R`` there counts, which can only make the analysis stricter."""
        offset = next((table[n] for table in self.reader.xref.values() if n in table), None)
        if offset is None:
            return []
        stream = self.reader.stream
        was = stream.tell()
        try:
            stream.seek(offset)
            head = stream.read(_STREAM_HEAD_BYTES)
        except Exception:  # noqa: BLE001 - unreadable here: the object itself is judged
            return []
        finally:
            stream.seek(was)
        end = head.find(b"stream")
        return [IndirectObject(int(num), int(gen), self.reader)
                for num, gen in _LENGTH_REF.findall(head if end < 0 else head[:end])]

    def _page_numbers(self) -> set[int]:
        """Object numbers of the leaves of the page tree (bounded like the walk)."""
        out: set[int] = set()
        seen: set[int] = set()
        stack = [_raw(self.root, "/Pages")]
        while stack and len(out) <= MAX_PAGES:
            ref = stack.pop()
            n = _num(ref)
            if n is None or n in seen:
                continue
            seen.add(n)
            try:
                node = _res(ref)
                kids = _res(_raw(node, "/Kids"))
            except Exception:  # noqa: BLE001, S112  # nosec B112 - an unreadable node has no pages
                continue
            if not isinstance(node, DictionaryObject):
                continue
            if "/Kids" in node or node.get("/Type") == "/Pages":
                stack.extend(reversed(kids) if isinstance(kids, ArrayObject) else [])
            else:
                out.add(n)
        return out

    def _children(self, obj: Any, holder: int | None, path: str, make) -> None:
        """Every value directly inside ``obj`` (through direct dicts/arrays), given to
        ``make(key, value, path)``; references are not entered here."""
        if isinstance(obj, DictionaryObject):
            for k in obj:
                make(str(k), obj.raw_get(k), f"{path}{k}")
        elif isinstance(obj, ArrayObject):
            for i, v in enumerate(obj):
                make(None, v, f"{path}[{i}]")

    def _generic(self, obj: Any, use: Use, holder: int | None, ctx: str, path: str = "") -> None:
        """Everything inside ``obj`` gets context ``ctx`` (back references excepted)."""
        def make(k: str | None, v: Any, p: str) -> None:
            if k in _BACK_REFS:
                return
            if isinstance(v, IndirectObject):
                self._edge(v, Use(ctx, holder, p, use.page, use.field, use.key))
            elif isinstance(v, DictionaryObject | ArrayObject):
                self._generic(v, use, holder, ctx, p)
        self._children(obj, holder, path, make)

    def _visit(self, obj: Any, use: Use, holder: int | None) -> None:
        ctx = use.ctx
        if ctx == Ctx.CATALOG:
            self._catalog(obj, holder)
        elif ctx == Ctx.PAGE_TREE:
            self._page_tree(obj, use, holder)
        elif ctx == Ctx.PAGE:
            self._page(obj, use, holder)
        elif ctx == Ctx.ANNOTS:
            self._annots(obj, use, holder)
        elif ctx in (Ctx.ANNOT, Ctx.WIDGET):
            self._annotation(obj, use, holder)
        elif ctx == Ctx.APPEARANCE:
            self._appearance(obj, use, holder)
        elif ctx == Ctx.ACROFORM:
            self._acroform(obj, use, holder)
        elif ctx == Ctx.FIELDS:
            for i, v in enumerate(obj if isinstance(obj, ArrayObject) else []):
                self._field_edge(v, holder, f"{use.path}[{i}]")
        elif ctx == Ctx.FIELD:
            self._field(obj, use, holder)
        elif ctx == Ctx.DSS:
            self._dss(obj, use, holder)
        elif ctx == Ctx.DSS_ARRAY:
            item = {"/Certs": Ctx.DSS_CERT, "/CRLs": Ctx.DSS_CRL, "/OCSPs": Ctx.DSS_OCSP,
                    "/Cert": Ctx.DSS_CERT, "/CRL": Ctx.DSS_CRL, "/OCSP": Ctx.DSS_OCSP,
                    "/TS": Ctx.DSS_CERT}.get(use.key or "", Ctx.OTHER)
            for i, v in enumerate(obj if isinstance(obj, ArrayObject) else []):
                self._edge(v, Use(item, holder, f"[{i}]", key=use.key))
        elif ctx == Ctx.VRI:
            self._vri(obj, use, holder)
        elif ctx in (Ctx.DSS_CERT, Ctx.DSS_CRL, Ctx.DSS_OCSP, Ctx.DSS_TS, Ctx.METADATA):
            self._generic(obj, use, holder, Ctx.OTHER)
        elif ctx == Ctx.PERMS:
            self._generic(obj, use, holder, Ctx.SIGNATURE)
        else:  # DRAWN, INFO, SIGNATURE, FIELD_VALUE, FORM_RESOURCES, OTHER, CATALOG_ENTRY…
            inner = Ctx.OTHER if ctx in (Ctx.CATALOG_ENTRY, Ctx.ENCRYPT) else ctx
            self._generic(obj, use, holder, inner)

    def _catalog(self, obj: Any, holder: int | None) -> None:
        if not isinstance(obj, DictionaryObject):
            return
        for key in obj:
            v = obj.raw_get(key)
            ctx = {"/Pages": Ctx.PAGE_TREE, "/AcroForm": Ctx.ACROFORM, "/DSS": Ctx.DSS,
                   "/Metadata": Ctx.METADATA, "/Perms": Ctx.PERMS}.get(str(key))
            if ctx is None:
                ctx = Ctx.DRAWN if key in _CATALOG_DRAWN else Ctx.CATALOG_ENTRY
            self._edge(v, Use(ctx, holder, str(key), key=str(key)
                              if ctx == Ctx.CATALOG_ENTRY else None))

    def _page_tree(self, obj: Any, use: Use, holder: int | None) -> None:
        if not isinstance(obj, DictionaryObject):
            return
        is_leaf = not ("/Kids" in obj or obj.get("/Type") == "/Pages")
        if is_leaf:
            self._page(obj, use, holder)
            return
        try:
            count = int(obj.get("/Count", 0))
        except (TypeError, ValueError):
            count = 0
        if count > MAX_PAGES or self.too_large:
            self.too_large = True
            return
        for key in obj:
            v = obj.raw_get(key)
            if key == "/Kids":
                kids = _res(v)
                kids_num = _num(v)
                if kids_num is not None:  # an indirect /Kids array is part of the tree
                    self.uses.setdefault(kids_num, {})[Use(Ctx.PAGE_TREE, holder, "/Kids")] = None
                for i, kid in enumerate(kids if isinstance(kids, ArrayObject) else []):
                    self._edge(kid, Use(Ctx.PAGE_TREE, _num(v) or holder, f"/Kids[{i}]"))
            elif key not in _BACK_REFS and key not in ("/Type", "/Count"):
                # inherited attributes (/Resources, /MediaBox, /Rotate…) are drawn
                self._edge(v, Use(Ctx.DRAWN, holder, str(key)))

    def _page(self, obj: Any, use: Use, holder: int | None) -> None:
        if not isinstance(obj, DictionaryObject):
            return
        if holder is not None and holder in self.page_of:
            page_no = self.page_of[holder]
        elif len(self.pages) >= MAX_PAGES:
            self.too_large = True
            return
        else:
            self.pages.append(obj)
            page_no = len(self.pages)
            if holder is not None:
                self.page_of[holder] = page_no
        if use.ctx != Ctx.PAGE and holder is not None:  # reached as a leaf of the tree
            self.uses[holder] = {(Use(Ctx.PAGE, u.holder, u.path, page_no)
                                  if u.ctx == Ctx.PAGE_TREE else u): None
                                 for u in self.uses[holder]}
        for key in obj:
            v = obj.raw_get(key)
            if key in _BACK_REFS or key == "/Type":
                continue
            if key == "/Annots":
                self._edge(v, Use(Ctx.ANNOTS, holder, "/Annots", page_no))
            else:
                self._edge(v, Use(Ctx.DRAWN, holder, str(key), page_no))

    def _annots(self, obj: Any, use: Use, holder: int | None) -> None:
        for i, v in enumerate(obj if isinstance(obj, ArrayObject) else []):
            try:
                a = _res(v)
            except Exception:  # noqa: BLE001
                a = None
            is_widget = isinstance(a, DictionaryObject) and a.get("/Subtype") == "/Widget"
            n = _num(v)
            name = self.field_of.get(n) if n is not None else None
            ctx = Ctx.WIDGET if is_widget else Ctx.ANNOT
            self._edge(v, Use(ctx, holder, f"/Annots[{i}]" if use.holder == holder else f"[{i}]",
                              use.page, name))

    def _annotation(self, obj: Any, use: Use, holder: int | None) -> None:
        if not isinstance(obj, DictionaryObject):
            return
        for key in obj:
            v = obj.raw_get(key)
            if key in _BACK_REFS or key == "/Kids":
                continue
            if use.ctx == Ctx.WIDGET and key not in WIDGET_KEYS:
                continue  # field keys (/V, /Lock…) are walked as the field's
            ctx = Ctx.APPEARANCE if key == "/AP" else Ctx.DRAWN
            subtype = str(obj.get("/Subtype")) if use.ctx == Ctx.ANNOT else None
            self._edge(v, Use(ctx, holder, str(key), use.page, use.field, subtype))

    def _appearance(self, obj: Any, use: Use, holder: int | None) -> None:
        """/AP dictionary → /N /R /D → a stream or a dictionary of state streams; the
        streams themselves are APPEARANCE, what they use (resources, fonts…) is DRAWN."""
        if isinstance(obj, StreamObject):
            self._generic(obj, use, holder, Ctx.DRAWN)
            return
        if isinstance(obj, DictionaryObject):
            for key in obj:
                self._edge(obj.raw_get(key), Use(Ctx.APPEARANCE, holder, f"{use.path}{key}"
                                                 if holder == use.holder else str(key),
                                                 use.page, use.field, use.key))

    def _acroform(self, obj: Any, use: Use, holder: int | None) -> None:
        if not isinstance(obj, DictionaryObject):
            return
        for key in obj:
            v = obj.raw_get(key)
            if key == "/Fields":
                if _num(v) is not None:
                    self._edge(v, Use(Ctx.FIELDS, holder, "/Fields"))
                else:
                    for i, f in enumerate(v if isinstance(v, ArrayObject) else []):
                        self._field_edge(f, holder, f"/Fields[{i}]")
            elif key == "/DR":
                self._edge(v, Use(Ctx.FORM_RESOURCES, holder, "/DR"))
            else:  # /XFA, /CO… have no rule: OTHER
                self._edge(v, Use(Ctx.OTHER, holder, str(key)))

    def _field_edge(self, v: Any, holder: int | None, path: str) -> None:
        n = _num(v)
        self._edge(v, Use(Ctx.FIELD, holder, path, field=self.field_of.get(n) if n else None))

    def _field(self, obj: Any, use: Use, holder: int | None) -> None:
        if not isinstance(obj, DictionaryObject):
            return
        name = use.field
        info = self.fields.get(name) if name else None
        is_sig = info is not None and info.ft == "/Sig"
        for key in obj:
            v = obj.raw_get(key)
            if key in _BACK_REFS:
                continue
            if key == "/Kids":
                kids = _res(v)
                kids_num = _num(v)
                if kids_num is not None:
                    self.uses.setdefault(kids_num, {})[
                        Use(Ctx.FIELDS, holder, "/Kids", field=name)] = None
                for i, kid in enumerate(kids if isinstance(kids, ArrayObject) else []):
                    kn = _num(kid)
                    try:
                        k = _res(kid)
                    except Exception:  # noqa: BLE001
                        k = None
                    if isinstance(k, DictionaryObject) and "/T" in k:
                        self._field_edge(kid, _num(v) or holder, f"/Kids[{i}]")
                    else:
                        self._edge(kid, Use(Ctx.WIDGET, _num(v) or holder, f"/Kids[{i}]",
                                            field=self.field_of.get(kn, name) if kn else name))
            elif key == "/V":
                self._edge(v, Use(Ctx.SIGNATURE if is_sig else Ctx.FIELD_VALUE, holder, "/V",
                                  field=name))
            elif key in WIDGET_KEYS and ("/Rect" in obj or obj.get("/Subtype") == "/Widget"):
                continue  # a field merged with its widget: walked as the widget below
            else:
                self._edge(v, Use(Ctx.OTHER if key not in ("/DV", "/Opt") else Ctx.FIELD_VALUE,
                                  holder, str(key), field=name))
        if "/Rect" in obj or obj.get("/Subtype") == "/Widget":
            # the merged widget is drawn whether or not a page lists it in /Annots
            if holder is not None:
                self._edge(IndirectObject(holder, 0, self.reader),
                           Use(Ctx.WIDGET, holder, "(merged field and widget)", field=name))
            else:
                self._annotation(obj, Use(Ctx.WIDGET, None, "", field=name), None)

    def _dss(self, obj: Any, use: Use, holder: int | None) -> None:
        if not isinstance(obj, DictionaryObject):
            return
        for key in obj:
            v = obj.raw_get(key)
            if key in ("/Certs", "/CRLs", "/OCSPs"):
                self._edge(v, Use(Ctx.DSS_ARRAY, holder, str(key), key=str(key)))
            elif key == "/VRI":
                self._edge(v, Use(Ctx.VRI, holder, "/VRI"))
            else:
                self._edge(v, Use(Ctx.OTHER, holder, str(key)))

    def _vri(self, obj: Any, use: Use, holder: int | None) -> None:
        """/VRI → {hash: {/Cert /CRL /OCSP arrays, /TS stream, /TU date}}."""
        if not isinstance(obj, DictionaryObject):
            return
        for key in obj:
            v = obj.raw_get(key)
            if key in ("/Cert", "/CRL", "/OCSP"):
                self._edge(v, Use(Ctx.DSS_ARRAY, holder, str(key), key=str(key)))
            elif key == "/TS":
                self._edge(v, Use(Ctx.DSS_TS, holder, "/TS"))
            elif key == "/Type":
                continue
            else:
                self._edge(v, Use(Ctx.VRI, holder, str(key)))

    # ------------------------------------------------------------------------ form fields

    def _fields_first(self) -> None:
        """Names and kinds of the terminal fields, before the walk needs them."""
        af = _res(_raw(self.root, "/AcroForm"))
        if not isinstance(af, DictionaryObject):
            return
        seen: set[int] = set()

        def walk(kids: Any, prefix: str, ft: Any, depth: int) -> None:
            if depth > 32:
                return
            for ref in _res(kids) if isinstance(_res(kids), ArrayObject) else []:
                n = _num(ref)
                if n is not None:
                    if n in seen:
                        continue
                    seen.add(n)
                try:
                    f = _res(ref)
                except Exception:  # noqa: BLE001 - an unreadable field is no field
                    f = None
                if not isinstance(f, DictionaryObject):
                    continue
                t = f.get("/T")
                name = f"{prefix}.{t}" if prefix and t is not None else (
                    str(t) if t is not None else prefix)
                fft = f.get("/FT", ft)
                kids2 = _res(_raw(f, "/Kids"))
                kid_fields = [k for k in (kids2 if isinstance(kids2, ArrayObject) else [])
                              if isinstance(_res(k), DictionaryObject) and "/T" in _res(k)]
                if n is not None:
                    self.field_of[n] = name
                if kid_fields:
                    walk(_raw(f, "/Kids"), name, fft, depth + 1)
                    continue
                widgets: list[int | None] = []
                if "/Rect" in f or f.get("/Subtype") == "/Widget":
                    widgets.append(n)
                for k in kids2 if isinstance(kids2, ArrayObject) else []:
                    kid_num = _num(k)
                    widgets.append(kid_num)
                    if kid_num is not None:
                        self.field_of[kid_num] = name
                self.fields[name] = FieldInfo(
                    name=name, ft=str(fft) if fft is not None else None, num=n, obj=f,
                    signed=fft == "/Sig" and f.get("/V") is not None, widgets=widgets,
                    lock=_res(_raw(f, "/Lock")))

        walk(_raw(af, "/Fields"), "", None, 0)

    # -------------------------------------------------------------------------- queries

    def uses_of(self, n: int) -> list[Use]:
        return list(self.uses.get(n, ()))
