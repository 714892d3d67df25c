"""Tests written to kill mutants that survived `make mutation` (mutmut 3.8.1 on
docflow/verification), and one line for each surviving mutant of structure, changes and engine
that no test should kill (an equivalent mutant), with the reason."""

from __future__ import annotations

import hashlib
import re

import pytest

from docflow.verification import structure, verify_pdf
from docflow.verification.changes import Category, allowed_categories
from docflow.verification.structure import (
    PdfSyntaxError,
    ViewStream,
    find_revisions,
    hash_ranges,
    scan_dict,
    trailing_bytes,
)

from .corpus import _trailer_info, object_body, page_ref

# Every mutant of structure and changes that survived the run recorded in the README (names
# without "docflow.verification."): the test written since that kills it (checked by applying
# the mutant by hand), or why no test can (equivalent), or NOT killed with what a test would need.
SURVIVORS: dict[str, str] = {
    "structure.xǁViewStreamǁread__mutmut_6":
        "killed by test_view_stream_is_a_file_over_a_prefix",
    "structure.xǁViewStreamǁread__mutmut_7":
        "killed by test_view_stream_is_a_file_over_a_prefix",
    "changes.x_diff_revisions__mutmut_2":
        "killed by test_diff_revisions_builds_the_graphs_it_is_not_given",
    "changes.x_diff_revisions__mutmut_3":
        "killed by test_diff_revisions_builds_the_graphs_it_is_not_given",
    "changes.x_diff_revisions__mutmut_5":
        "killed by test_diff_revisions_builds_the_graphs_it_is_not_given",
    "changes.x_diff_revisions__mutmut_6":
        "killed by test_diff_revisions_builds_the_graphs_it_is_not_given",
    "changes.x_diff_revisions__mutmut_17":
        "equivalent: also comparing objects at unchanged locations finds them equal, and an added object "
        "is classified ADDED before REDEFINED",
    "changes.x_diff_revisions__mutmut_31":
        "killed by test_an_update_that_makes_the_document_too_large_is_not_analysed",
    "changes.x_diff_revisions__mutmut_34":
        "equivalent: the signed revision's /Encrypt is always None where the check decides (pypdf reads "
        "no encrypted file without its password; an /Encrypt added later makes the file unreadable: no "
        "signature passes)",
    "changes.x_diff_revisions__mutmut_35":
        "equivalent: as _34 (an /Encrypt in the later trailer makes pypdf refuse the file before the "
        "comparison is reached)",
    "changes.x_diff_revisions__mutmut_61":
        "killed by tests/verification/test_field_locks.py (outside the mutation selection; checked by "
        "applying the mutant)",
    "changes.x_diff_revisions__mutmut_71":
        "killed by test_a_refusal_is_never_counted_under_an_allowed_category",
    "changes.x_diff_revisions__mutmut_76":
        "equivalent: replaces a listed change by a later one with the same words, category and field (no "
        "two rules say the same words)",
    "changes.x_diff_revisions__mutmut_77":
        "NOT killed: needs a quiet copy judged before its listed twin; trailer findings come first and no"
        " built update orders them so (the verdict stays DISALLOWED or ALLOWED as before, only the "
        "listing differs)",
    "changes.x_diff_revisions__mutmut_82":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_83":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_84":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_87":
        "killed by test_a_refused_change_is_listed_once_without_the_objects_that_serve_it",
    "changes.x_diff_revisions__mutmut_88":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_90":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_91":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_92":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_93":
        "NOT killed: a quiet refusal listed alone loses its field name; the change is still refused (only"
        " a lock message could differ, and a refused change fails whatever the lock)",
    "changes.x_diff_revisions__mutmut_94":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_95":
        "equivalent: quiet=None is as false as quiet=False everywhere it is read",
    "changes.x_diff_revisions__mutmut_96":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_97":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_98":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_99":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_100":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_diff_revisions__mutmut_101":
        "equivalent: quiet omitted is its default, False",
    "changes.x_diff_revisions__mutmut_102":
        "killed by test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal",
    "changes.x_structural_problems__mutmut_3":
        "killed by test_an_update_that_is_only_a_cross_reference_section_is_not_refused",
    "changes.x_structural_problems__mutmut_4":
        "equivalent: startxref equal to the update's end would put the section after %%EOF, which "
        "find_revisions never reports",
    "changes.x_structural_problems__mutmut_5":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_6":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_7":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_8":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_9":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_10":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_11":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_12":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_13":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_14":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_15":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_16":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
    "changes.x_structural_problems__mutmut_17":
        "killed by test_an_update_whose_startxref_points_into_the_signed_revision_is_refused",
}

# ------------------------------------------------------------------ structure.scan_dict

SIG = (b"7 0 obj % the signature\n<< /Type /Sig /Filter/Adobe.PPKLite\n"
       b"/Contents <30 82 0a> /Name (A \\) (nested) b) /Prop_Build << /App << /Name /X >> >>\n"
       b"/ByteRange [0 10 [20 30] 40] /Reference 12 0 R /M (D:2026) % note\n/Flag true /N -1.5\n"
       b">>\nendobj\n")


def _span(key: bytes) -> bytes:
    (start, end), = scan_dict(SIG, 0, 7, 0)[key]
    return SIG[start:end]


@pytest.mark.parametrize(("key", "value"), [
    (b"/Type", b"/Sig"), (b"/Filter", b"/Adobe.PPKLite"), (b"/Contents", b"<30 82 0a>"),
    (b"/Name", b"(A \\) (nested) b)"), (b"/Prop_Build", b"<< /App << /Name /X >> >>"),
    (b"/ByteRange", b"[0 10 [20 30] 40]"), (b"/Reference", b"12 0 R"), (b"/M", b"(D:2026)"),
    (b"/Flag", b"true"), (b"/N", b"-1.5")])
def test_scan_dict_finds_where_each_value_lies(key, value):
    """The strict reader the ByteRange proof rests on: each top-level value's exact span
    (comments skipped, escaped and nested parentheses, nested dictionaries and arrays)."""
    assert _span(key) == value
    assert set(scan_dict(SIG, 0, 7, 0)) == {b"/Type", b"/Filter", b"/Contents", b"/Name",
                                             b"/Prop_Build", b"/ByteRange", b"/Reference",
                                             b"/M", b"/Flag", b"/N"}


def test_scan_dict_gives_every_span_of_a_duplicated_key():
    data = b"3 0 obj <</Contents <00>/Contents <11>>> endobj"
    assert [data[s:e] for s, e in scan_dict(data, 0, 3, 0)[b"/Contents"]] == [b"<00>", b"<11>"]


@pytest.mark.parametrize(("data", "num", "gen", "limit", "message"), [
    (b"7 0 obj << /A 1 >>", 8, 0, None, "is not at offset"),
    (b"7 0 obj << /A 1 >>", 7, 1, None, "is not at offset"),
    (b"7 0 obj [1 2]", 7, 0, None, "is not a dictionary"),
    (b"7 0 obj << A 1 >>", 7, 0, None, "bad dictionary key"),
    (b"7 0 obj << /A <00 ", 7, 0, None, "unterminated hex string"),
    (b"7 0 obj << /A (x ", 7, 0, None, "unterminated string"),
    (b"7 0 obj << /A [1 2 ", 7, 0, None, "unterminated array"),
    (b"7 0 obj << /A ) >>", 7, 0, None, "unexpected byte"),
    (b"7 0 obj << /A ", 7, 0, None, "unexpected end of data"),
    (b"7 0 obj << /A (x) /B 1 >>", 7, 0, 16, "unterminated string"),  # the limit binds
    (b"7 0 obj << /A (x) /B 1 >>", 7, 0, 18, "bad dictionary key"),
    (b"7 0 obj << /A 1 0 R /B 1 0 Rx >>", 7, 0, None, "bad dictionary key"),  # no reference
])
def test_scan_dict_refuses_what_it_cannot_read_strictly(data, num, gen, limit, message):
    with pytest.raises(PdfSyntaxError, match=message):
        scan_dict(data, 0, num, gen, limit=limit)


def test_scan_dict_reads_at_the_offset_given():
    data = b"junk 1 0 obj <</A 1>> endobj\n  \n7 0 obj <</B 2>> endobj"
    at = data.index(b"\n  \n")
    assert list(scan_dict(data, at, 7, 0)) == [b"/B"]
    with pytest.raises(PdfSyntaxError):
        scan_dict(data, 0, 7, 0)


# ------------------------------------------------------------ structure.find_revisions

@pytest.mark.parametrize(("eol", "extra"), [(b"\r\n", 2), (b"\n", 1), (b"\r", 1), (b"", 0),
                                            (b" \n", 0)])
def test_a_revision_ends_after_the_end_of_line_of_its_eof(eol, extra):
    data = b"%PDF-1.7\nstartxref\n9\n%%EOF" + eol + b"tail"
    (rev,) = find_revisions(data)
    eof_end = data.index(b"%%EOF") + 5
    assert (rev.index, rev.startxref, rev.eof_end, rev.end) == (0, 9, eof_end, eof_end + extra)


def test_revisions_are_found_across_search_windows(monkeypatch):
    monkeypatch.setattr(structure, "_WINDOW", 16)
    data = b"x" * 10 + b"startxref 1 %%EOF\n" + b"y" * 40 + b"startxref 2\n%%EOF" + b"z" * 7
    revs = find_revisions(data)
    assert [(r.index, r.startxref) for r in revs] == [(0, 1), (1, 2)]
    assert revs[1].end == data.index(b"%%EOF", 30) + 5
    assert find_revisions(b"startxref x %%EOF startxref 3 %%EOF") [0].startxref == 3


def test_trailing_bytes_without_any_revision_count_the_whole_file():
    assert trailing_bytes(b"  junk ", []) == 7
    assert trailing_bytes(b" \r\n\t\f\x00", []) == 0


# ----------------------------------------------------------------- ViewStream, hashing

def test_view_stream_is_a_file_over_a_prefix():
    v = ViewStream(b"0123456789", 6)
    assert v.readable() and v.seekable()
    assert v.read(2) == b"01" and v.tell() == 2
    assert v.seek(1, 1) == 3 and v.read() == b"345"
    assert v.seek(-2, 2) == 4 and v.read(None) == b"45"
    assert v.seek(-10, 1) == 0 and v.read(-1) == b"012345"
    v.seek(4)
    buf = bytearray(5)
    assert v.readinto(buf) == 2 and bytes(buf[:2]) == b"45" and v.tell() == 6
    assert ViewStream(b"abc").read() == b"abc"
    v.seek(1)
    assert v.read(0) == b"" and v.tell() == 1  # pypdf asks for 0 bytes at times


def test_hash_ranges_is_the_digest_of_both_ranges():
    data = bytes(range(256)) * 3
    got = hash_ranges(data, (0, 100, 300, 200), hashlib.sha256())
    assert got == hashlib.sha256(data[:100] + data[300:500]).digest()


# ---------------------------------------------------- changes: what an update may not do

def _update(data: bytes, objects: dict[int, bytes], *, free: tuple[int, ...] = (),
            root: int | None = None, info: int | None = None, stray: bytes = b"") -> bytes:
    """An incremental update by hand: ``objects`` written and listed, ``free`` numbers
    marked free, the trailer's /Root or /Info replaced, ``stray`` bytes written unlisted."""
    size, old_root, old_info = _trailer_info(data)
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    out += stray
    offsets = {}
    for num, body in sorted(objects.items()):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n" if offsets or free else b"xref\n0 1\n0000000000 65535 f \n"
    for num in sorted(set(offsets) | set(free)):
        out += b"%d 1\n" % num + (b"0000000000 00001 f \n" if num in free
                                  else b"%010d 00000 n \n" % offsets[num])
    new_size = max([size, *(n + 1 for n in objects)])
    root_ref = b"%d 0 R" % root if root is not None else old_root
    out += b"trailer\n<< /Size %d /Root %s /Prev %d " % (new_size, root_ref, prev)
    info_ref = b"%d 0 R" % info if info is not None else old_info
    if info_ref:
        out += b"/Info " + info_ref + b" "
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _only(report):
    (sig,) = report.signatures
    return sig


def test_an_object_written_in_an_update_but_not_listed_is_refused(world):
    signed = world.signed()
    size = _trailer_info(signed)[0]
    forged = _update(signed, {size + 1: b"<< /Note (listed) >>"},
                     stray=b"%d 0 obj\n<< /Note (hidden) >>\nendobj\n" % size)
    sig = _only(verify_pdf(forged, world.context()))
    assert sig.modifications_after == "DISALLOWED"
    assert f"object {size} is written in an update but not listed in its cross-reference section" \
        in sig.changes_after


def test_freeing_the_page_the_signature_covers_is_refused(world):
    signed = world.signed()
    page = page_ref(signed)
    sig = _only(verify_pdf(_update(signed, {}, free=(page,)), world.context()))
    assert sig.modifications_after == "DISALLOWED"
    assert any(c.startswith(f"object {page} (") and c.endswith("freed while the document uses it")
               for c in sig.changes_after), sig.changes_after


def test_a_new_catalog_is_refused(world):
    signed = world.signed()
    size = _trailer_info(signed)[0]
    catalog = int(_trailer_info(signed)[1].split()[0])
    forged = _update(signed, {size: object_body(signed, catalog)}, root=size)
    sig = _only(verify_pdf(forged, world.context()))
    assert sig.modifications_after == "DISALLOWED"
    assert "document catalog replaced" in sig.changes_after


def test_a_new_document_information_dictionary_is_metadata(world):
    signed = world.signed()
    size = _trailer_info(signed)[0]
    forged = _update(signed, {size: b"<< /Producer (another writer) >>"}, info=size)
    sig = _only(verify_pdf(forged, world.context()))
    assert sig.modifications_after == "ALLOWED", sig.changes_after
    assert "document information replaced" in sig.changes_after
    assert sig.indication == "TOTAL_PASSED"


@pytest.mark.parametrize(("p", "annotation", "form", "signature"), [
    (1, False, False, False), (2, False, True, True), (3, True, True, True),
    (None, False, True, True)])
def test_what_each_docmdp_level_allows(p, annotation, form, signature):
    allowed = allowed_categories(p)
    assert {Category.DSS, Category.DOC_TIMESTAMP, Category.METADATA, Category.STRUCTURE} <= allowed
    assert (Category.ANNOTATION in allowed, Category.FORM_FILL in allowed,
            Category.SIGNATURE in allowed) == (annotation, form, signature)
    assert Category.OTHER not in allowed


def test_diff_revisions_builds_the_graphs_it_is_not_given(world):
    """Callers other than the engine (tests, tools) pass no graphs: the same findings."""
    import io

    from pypdf import PdfReader

    from docflow.verification.changes import diff_revisions
    from docflow.verification.graph import RevisionGraph
    from docflow.verification.structure import find_revisions

    signed = world.signed()
    size = _trailer_info(signed)[0]
    data = _update(signed, {size: b"<< /Producer (another writer) >>"}, info=size)
    revs = find_revisions(data)
    r0 = PdfReader(ViewStream(data, revs[-2].end))
    r1 = PdfReader(io.BytesIO(data))
    alone = diff_revisions(r0, r1)
    assert [c.text for c in alone] == ["document information replaced", "document information changed"]
    assert alone == diff_revisions(r0, r1, g0=RevisionGraph(r0), g1=RevisionGraph(r1))


def test_an_update_that_makes_the_document_too_large_is_not_analysed(world, monkeypatch):
    """Only the later revision is over the page limit (the update claims more pages)."""
    from docflow.verification import changes, graph

    monkeypatch.setattr(graph, "MAX_PAGES", 3)
    monkeypatch.setattr(changes, "MAX_PAGES", 3)
    signed = world.signed()
    pages = int(re.findall(rb"/Pages\s+(\d+)\s+0\s+R", signed)[0])
    body = re.sub(rb"/Count\s+\d+", b"/Count 9", object_body(signed, pages))
    sig = _only(verify_pdf(_update(signed, {pages: body}), world.context()))
    assert sig.modifications_after == "DISALLOWED"
    assert sig.changes_after == ("the document has more than 3 pages: its changes are not analysed",)



def _info_update_readers(world):
    import io

    from pypdf import PdfReader

    from docflow.verification.structure import find_revisions

    signed = world.signed()
    size = _trailer_info(signed)[0]
    data = _update(signed, {size: b"<< /Producer (another writer) >>"}, info=size)
    return PdfReader(ViewStream(data, find_revisions(data)[-2].end)), PdfReader(io.BytesIO(data))


class _StricterInfoRule:
    """A rule added to the policy that refuses the new /Info (the way issue 15's rule is added)."""

    name = "stricter-info"
    contexts = frozenset({"info"})

    def __init__(self, category: str, quiet: bool) -> None:
        self.category, self.quiet = category, quiet

    def judge(self, d, n, use):
        from docflow.verification.rules import Finding

        return Finding(False, self.category, "information refused by a stricter rule",
                       "thông tin bị một quy tắc chặt hơn từ chối", quiet=self.quiet, final=True,
                       rule=self.name)


def test_a_refusal_is_never_counted_under_an_allowed_category(world):
    from docflow.verification.changes import diff_revisions
    from docflow.verification.rules import DEFAULT_POLICY

    r0, r1 = _info_update_readers(world)
    policy = DEFAULT_POLICY.with_rules(_StricterInfoRule(Category.METADATA, quiet=False))
    found = {c.text: c.category for c in diff_revisions(r0, r1, policy=policy)}
    assert found["information refused by a stricter rule"] == Category.OTHER


def test_a_quiet_refusal_is_listed_when_it_is_the_only_refusal(world):
    """Quiet refusals are dropped only when a listed refusal implies them; alone they are
    listed, or an update refused only quietly would pass as allowed."""
    from docflow.verification.changes import diff_revisions
    from docflow.verification.rules import DEFAULT_POLICY

    r0, r1 = _info_update_readers(world)
    policy = DEFAULT_POLICY.with_rules(_StricterInfoRule(Category.OTHER, quiet=True))
    changes = diff_revisions(r0, r1, policy=policy)
    refused = [c for c in changes if c.category == Category.OTHER]
    assert [c.text for c in refused] == ["information refused by a stricter rule"]
    assert not refused[0].quiet
    assert (refused[0].text_vi, refused[0].rule) == ("thông tin bị một quy tắc chặt hơn từ chối",
                                                     "stricter-info")
    assert "document information replaced" in [c.text for c in changes]
    assert all(c.category == Category.METADATA for c in changes if c not in refused)


def test_a_refused_change_is_listed_once_without_the_objects_that_serve_it(world):
    """New content for a page: the page's refusal is listed; the new stream's quiet refusal
    ("object N added for a change that is not allowed") is implied and not listed."""
    from .cases import replace_content

    sig = _only(verify_pdf(replace_content(world.signed()), world.context()))
    assert sig.modifications_after == "DISALLOWED"
    assert sig.changes_after == ("page 1 content replaced",), sig.changes_after


def test_an_update_whose_startxref_points_into_the_signed_revision_is_refused(world):
    from .corpus import append_update

    signed = world.signed()
    size = _trailer_info(signed)[0]
    forged = append_update(signed, {size: b"<< /Note (x) >>"}, xref_points_back=True)
    sig = _only(verify_pdf(forged, world.context()))
    assert sig.modifications_after == "DISALLOWED"
    assert "an update has no cross-reference section of its own" in sig.changes_after
    words = [c for c in sig.change_analysis if c["rule"] == "structure"]
    assert words[0] == {"revision": 3, "en": "an update has no cross-reference section of its own",
                        "vi": "một lần cập nhật không có bảng tham chiếu chéo riêng",
                        "category": "other", "allowed": False, "rule": "structure", "field": None}



def test_an_update_that_is_only_a_cross_reference_section_is_not_refused(world):
    """Its section starts at the update's first byte (the boundary of the rule)."""
    signed = world.signed()
    assert signed.endswith(b"\n")
    data = _update(signed, {})
    assert data[len(signed):].startswith(b"xref")
    sig = _only(verify_pdf(data, world.context()))
    assert sig.indication == "TOTAL_PASSED", sig.changes_after
    assert "an update has no cross-reference section of its own" not in sig.changes_after


def test_every_survivor_is_killed_by_a_test_or_explained():
    import sys

    here = sys.modules[__name__]
    for name, why in SURVIVORS.items():
        if why.startswith("killed by test_"):
            assert callable(getattr(here, why.split()[2], None)), (name, why)
        else:
            assert why.startswith(("killed by tests/", "equivalent: ", "NOT killed: ")), (name, why)
