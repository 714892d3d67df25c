"""The change-analysis rules one by one, the policy that composes them, and the graph."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NullObject,
    NumberObject,
    TextStringObject,
)

from docflow.verification import verify_pdf
from docflow.verification.graph import Ctx, RevisionGraph
from docflow.verification.mdp import FieldLock, Restrictions, docmdp_p
from docflow.verification.rules import (
    DEFAULT_POLICY,
    Category,
    Finding,
    Rule,
    is_xmp,
    pdf_equal,
)

from .corpus import append_update, endesive_sign, object_body
from .forgeries import alias_prepare, size, stream


def _d(**kw) -> DictionaryObject:
    return DictionaryObject({NameObject("/" + k): v for k, v in kw.items()})


# --------------------------------------------------------------------------- pdf_equal

@pytest.mark.parametrize("a, b, same", [
    (NumberObject(612), FloatObject(612.0), True),
    (NumberObject(612), FloatObject(612.5), False),
    (NameObject("/Page"), NameObject("/Page"), True),
    (NameObject("/Page"), NameObject("/Pages"), False),
    (TextStringObject("abc"), ByteStringObject(b"abc"), True),
    (TextStringObject("abc"), TextStringObject("abd"), False),
    (_d(A=NumberObject(1), B=NullObject()), _d(A=NumberObject(1)), True),
    (_d(A=NumberObject(1)), _d(A=NumberObject(2)), False),
    (ArrayObject([NumberObject(0), FloatObject(1.0)]), ArrayObject([FloatObject(0.0),
                                                                    NumberObject(1)]), True),
    (ArrayObject([NumberObject(0)]), ArrayObject([NumberObject(0), NumberObject(0)]), False),
    (NumberObject(1), NameObject("/1"), False),
])
def test_pdf_values_compare_as_pdf_values(a, b, same):
    assert pdf_equal(a, b) is same and pdf_equal(b, a) is same


def test_streams_compare_by_data_not_only_dictionary(world):
    from pypdf.generic import DecodedStreamObject

    s1, s2 = DecodedStreamObject(), DecodedStreamObject()
    s1.set_data(b"BT (1.000.000) Tj ET")
    s2.set_data(b"BT (9.999.999) Tj ET")
    assert not pdf_equal(s1, s2)
    s2.set_data(b"BT (1.000.000) Tj ET")
    assert pdf_equal(s1, s2)


# ------------------------------------------------------------------------------- XMP

XMP = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
       b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>'
       b'<?xpacket end="w"?>')


@pytest.mark.parametrize("data, ok", [
    (XMP, True),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', True),
    (b"BT /F1 12 Tf (PAY) Tj ET", False),
    (b"<html/>", False),
    (b'<!DOCTYPE x [<!ENTITY a "b">]><x:xmpmeta xmlns:x="adobe:ns:meta/"/>', False),
    (XMP[:-30], False),
])
def test_xmp_must_be_a_well_formed_packet(data, ok):
    assert is_xmp(data) is ok


# ------------------------------------------------------------------------ FieldMDP

@pytest.mark.parametrize("lock, name, locked", [
    (FieldLock("/All"), "anything", True),
    (FieldLock("/Include", ("amount",)), "amount", True),
    (FieldLock("/Include", ("amount",)), "amount.cents", True),  # descendants of a name
    (FieldLock("/Include", ("amount",)), "amounts", False),
    (FieldLock("/Include", ("amount",)), "date", False),
    (FieldLock("/Exclude", ("amount",)), "amount", False),
    (FieldLock("/Exclude", ("amount",)), "date", True),
])
def test_field_lock_actions(lock, name, locked):
    assert lock.locks(name) is locked


def test_docmdp_p_values_and_restrictions():
    assert [docmdp_p(_d(P=NumberObject(p))) for p in (1, 2, 3)] == [1, 2, 3]
    assert docmdp_p(_d()) == 2 and docmdp_p(_d(P=NumberObject(7))) == 2
    assert docmdp_p(_d(P=NameObject("/x"))) == 1  # unreadable: fail closed
    r = Restrictions()
    r.add(2, [FieldLock("/Include", ("amount",), "Sig1")])
    r.add(1, [])
    r.add(3, [])
    assert r.p == 1  # the strictest grant wins
    assert r.locked_by("amount").source == "Sig1" and r.locked_by("date") is None
    assert r.locked_by(None) is None


# --------------------------------------------------------------------------- the graph

def test_graph_lists_every_use_of_an_aliased_object(world):
    data = alias_prepare(world.letter, "metadata")
    g = RevisionGraph(PdfReader(io.BytesIO(data)))
    fm = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/XObject"].raw_get("/Fm0").idnum
    ctxs = {u.ctx for u in g.uses_of(fm)}
    assert ctxs >= {Ctx.DRAWN, Ctx.METADATA}  # (and OTHER: its resources name itself)
    drawn = next(u for u in g.uses_of(fm) if u.ctx == Ctx.DRAWN)
    assert drawn.page == 1 and drawn.path.endswith("/Fm0")
    assert "on page 1" in drawn.where() and "trên trang 1" in drawn.where_vi()


def test_graph_names_fields_widgets_and_signatures(world):
    from .cases import build

    data = build(world, "sequential_2")
    g = RevisionGraph(PdfReader(io.BytesIO(data)))
    assert set(g.fields) == {"Sig1", "Seal"} and all(f.signed for f in g.fields.values())
    sig_num = g.fields["Seal"].obj.raw_get("/V").idnum
    assert [u.ctx for u in g.uses_of(sig_num)] == [Ctx.SIGNATURE]
    widget = g.fields["Seal"].num
    assert {u.ctx for u in g.uses_of(widget)} >= {Ctx.FIELD, Ctx.WIDGET}


# ----------------------------------------------------------------- rules through the policy

def _with_catalog_entry(data: bytes, key: bytes, obj: bytes) -> bytes:
    cat = int(re.findall(rb"/Root\s+(\d+)\s+\d+\s+R", data)[-1])
    body = object_body(data, cat)
    n = size(data)
    body = body[: body.rindex(b">>")] + b" %s %d 0 R >>" % (key, n)
    return append_update(data, {cat: body, n: obj})


def test_xmp_rule_refuses_a_metadata_stream_that_is_not_xmp(world):
    ok = verify_pdf(_with_catalog_entry(world.signed(), b"/Metadata", stream(XMP)),
                    world.context())
    assert ok.verdict == "TOTAL_PASSED" and "XMP metadata updated" in \
        ok.signatures[0].changes_after
    bad = verify_pdf(_with_catalog_entry(world.signed(), b"/Metadata", stream(b"BT ET")),
                     world.context())
    assert bad.verdict == "TOTAL_FAILED"
    assert "XMP metadata is not a well-formed XMP packet" in bad.signatures[0].changes_after


def test_dss_rule_refuses_entries_that_are_not_what_they_claim(world):
    from cryptography.hazmat.primitives import serialization

    der = world.ca.cert.public_bytes(serialization.Encoding.DER)
    signed = world.signed()
    n = size(signed)
    cat = int(re.findall(rb"/Root\s+(\d+)\s+\d+\s+R", signed)[-1])
    body = object_body(signed, cat)

    def with_dss(entry: bytes) -> bytes:
        # the DSS and its entry in one update, as a real LTV update writes them
        return append_update(signed, {
            cat: body[: body.rindex(b">>")] + b" /DSS %d 0 R >>" % n,
            n: b"<< /Certs [%d 0 R] >>" % (n + 1), n + 1: stream(entry)})

    ok = verify_pdf(with_dss(der), world.context())
    assert ok.verdict == "TOTAL_PASSED", ok.signatures[0].change_analysis
    assert "DSS added" in ok.signatures[0].changes_after
    r = verify_pdf(with_dss(b"BT (PAY) Tj ET"), world.context())
    assert r.verdict == "TOTAL_FAILED"
    assert any("is not a certificate" in c for c in r.signatures[0].changes_after)


def test_catalog_entries_without_a_rule_are_refused(world):
    js = b"<< /S /JavaScript /JS (app.alert('x')) >>"
    r = verify_pdf(_with_catalog_entry(world.signed(), b"/OpenAction", js), world.context())
    assert r.verdict == "TOTAL_FAILED"
    assert "document catalog changed (/OpenAction)" in r.signatures[0].changes_after


class _Clerk(Rule):
    """A rule added for one precise situation decides the use (``final``)."""

    name = "test-final"
    contexts = frozenset(v for k, v in vars(Ctx).items() if k.isupper())

    def __init__(self, number: int) -> None:
        self.number = number

    def judge(self, d, n, use):
        if n != self.number:
            return None
        return Finding(True, Category.FORM_FILL, "allowed by the test rule", "cho phép",
                       final=True, rule=self.name)


def test_policy_refusal_wins_unless_a_rule_is_final(world):
    from docflow.verification.changes import object_locations
    from docflow.verification.rules import RevisionDiff
    from docflow.verification.structure import ViewStream, find_revisions

    from .forgeries import alias_redefine

    data = endesive_sign(alias_prepare(world.letter, "metadata"), world.leader, "Sig1")
    fm = PdfReader(io.BytesIO(data)).pages[0]["/Resources"]["/XObject"].raw_get("/Fm0").idnum
    forged = alias_redefine(data)
    revs = find_revisions(forged)

    def diff():
        old = PdfReader(ViewStream(forged, revs[-2].end))
        new = PdfReader(ViewStream(forged, revs[-1].end))
        assert object_locations(old)[fm] != object_locations(new)[fm]
        return RevisionDiff(old, new, RevisionGraph(old), RevisionGraph(new), set(), {fm},
                            set())

    (verdict,) = DEFAULT_POLICY.judge(diff())
    assert not verdict.allowed
    assert {f.rule for _, f in verdict.findings} == {"drawn", "xmp", "other"}
    (verdict,) = DEFAULT_POLICY.with_rules(_Clerk(fm)).judge(diff())
    assert verdict.allowed and {f.rule for _, f in verdict.findings} == {"test-final"}


def test_an_object_in_a_redefined_object_stream_counts_as_redefined():
    """Object 7 stays at index 0 of object stream 5, but stream 5 itself was rewritten."""
    from types import SimpleNamespace

    from docflow.verification.changes import object_locations

    before = SimpleNamespace(xref={0: {5: 100}}, xref_objStm={7: (5, 0)})
    after = SimpleNamespace(xref={0: {5: 900}}, xref_objStm={7: (5, 0)})
    same = SimpleNamespace(xref={0: {5: 100}}, xref_objStm={7: (5, 0)})
    assert object_locations(before)[7] != object_locations(after)[7]
    assert object_locations(before)[7] == object_locations(same)[7]


def test_freed_numbers_are_read_from_the_updates_own_xref_table():
    from docflow.verification.changes import freed_in_update

    data = (b"%PDF-1.7\nxref\n0 1\n0000000000 65535 f \n4 2\n0000000000 00001 f \n"
            b"0000000123 00000 n \ntrailer\n<< >>\n")
    assert freed_in_update(data, data.index(b"xref"), None) == {4}
