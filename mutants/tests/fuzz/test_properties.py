"""Property-based input fuzzing (hypothesis): PDF checks and verification on mutated real files,
the draft form and the API upload, every POST form of the pages (from the URL map) with hostile
text, edXML packages, and malformed multipart bodies. Nothing may raise or answer 500; a mutated
signed PDF passes verification only if the bytes its signature covers are unchanged."""

from __future__ import annotations

import contextlib
import io
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from docflow.signing.checks import check_signable
from docflow.signing.errors import SigningError
from docflow.verification.engine import verify_pdf
from tests.conftest import csrf_token

FIXTURES = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]

# hostile text: control characters, NUL, right-to-left marks, combining marks, huge strings
hostile_text = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=300),
    st.lists(st.sampled_from(["\x00", "\x07", "\x1b", "\u202e", "\u200f", "\ufeff", "\u0301", "<", ">", "'",
                              '"', "&", "%", "{{", "}}", "\r\n", "\\", "/", "..", "Ĩ", "ữ", "📄"]),
             max_size=60).map("".join),
    st.just("A" * 200_000),
    st.just("ꙮ" * 20_000),
    st.sampled_from(["<script>alert(1)</script>", "' OR '1'='1", "{{7*7}}", "${7*7}", "../../etc/passwd",
                     "\u202egnp.exe", "0" * 400, "-1", "2147483648", "1e309", "NaN", "[]", "{}"]),
)


def _mutations():
    """Positions are drawn independently of the file's length (scaled in ``_apply``), so that
    replays and shrinking stay consistent whatever file they are applied to."""
    pos, big = st.integers(0, 1 << 24), st.integers(0, 1 << 24)
    return st.one_of(
        st.tuples(st.just("flip"), pos, st.integers(0, 255)),
        st.tuples(st.just("insert"), pos, st.binary(min_size=1, max_size=64)),
        st.tuples(st.just("delete"), pos, st.integers(1, 4096)),
        st.tuples(st.just("truncate"), pos, st.just(0)),
        st.tuples(st.just("append"), pos, st.binary(min_size=1, max_size=2048)),
        st.tuples(st.just("splice"), pos, big),
    )


def _apply(data: bytes, m) -> bytes:
    kind, pos, arg = m
    pos = pos % len(data)
    if kind == "splice":
        arg = arg % len(data)
    if kind == "flip":
        return data[:pos] + bytes([arg]) + data[pos + 1:]
    if kind == "insert":
        return data[:pos] + arg + data[pos:]
    if kind == "delete":
        return data[:pos] + data[pos + arg:]
    if kind == "truncate":
        return data[:pos]
    if kind == "append":
        return data + arg
    return data[:pos] + data[arg:arg + 512] + data[pos:]  # splice a piece of the file into itself


def _signed_bytes_unchanged(original: bytes, mutated: bytes) -> bool:
    """The ByteRange-covered bytes of the original are exactly where they were (whitespace
    appended after the last %%EOF changes nothing either)."""
    if mutated.startswith(original) and not mutated[len(original):].strip(b" \t\r\n\x00\x0c"):
        return True
    m = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", original)
    a, b, c, d = (int(x) for x in m.groups())
    return len(mutated) >= c + d and mutated[a:a + b] == original[a:a + b] and mutated[c:c + d] == original[c:c + d] \
        and len(mutated) == len(original)


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURES)
@given(mutation=_mutations())
def test_verify_pdf_on_mutated_signed_pdfs(vworld, signed_pdf, mutation):
    mutated = _apply(signed_pdf, mutation)
    report = verify_pdf(mutated, vworld.context())  # never raises
    if mutated != signed_pdf and report.verdict == "TOTAL_PASSED":
        assert _signed_bytes_unchanged(signed_pdf, mutated), mutation


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURES)
@given(signed=st.booleans(), mutation=_mutations(), qpdf=st.booleans())
def test_check_signable_on_mutated_pdfs(signed_pdf, signed, mutation, qpdf):
    from tests.support.pdfs import official_letter

    original = signed_pdf if signed else _letter(official_letter)
    with contextlib.suppress(SigningError):  # a clear refusal
        check_signable(_apply(original, mutation), qpdf=qpdf)


_LETTER: dict = {}


def _letter(make) -> bytes:
    if "x" not in _LETTER:
        _LETTER["x"] = make()
    return _LETTER["x"]


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURES)
@given(blob=st.binary(max_size=4096), prefix=st.sampled_from([b"", b"%PDF-1.7\n", b"%PDF-2.0\r%%EOF"]))
def test_check_signable_and_verify_on_random_bytes(blob, prefix):
    data = prefix + blob
    with contextlib.suppress(SigningError):
        check_signable(data, qpdf=False)
    assert verify_pdf(data).verdict != "TOTAL_PASSED"


@pytest.fixture
def staff(world, make_browser):
    b = make_browser()
    b.login("snnmt.staff")
    return b


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURES)
@given(subject=hostile_text, authority=hostile_text, filename=hostile_text,
       pdf=st.one_of(st.binary(max_size=2048), st.just(b"%PDF-1.7\n%%EOF"), st.none()),
       doc_type=st.sampled_from(["CV", "QD", "??", "", "\x00"]), signer=st.sampled_from(["", "1", "-5", "x", "9" * 30]))
def test_draft_form_never_500(world, staff, subject, authority, filename, pdf, doc_type, signer):
    from tests.support.pdfs import official_letter

    body = pdf if pdf is not None else _letter(official_letter)
    form = {"doc_type": doc_type, "subject": subject, "authority_line": authority, "urgency": "normal",
            "confidentiality": "normal", "recipients": [str(world.agency("UBNDXNH").id)],
            "signer_id": signer or str(world.user("snnmt.leader").id), "reviewer_id": "0",
            "main_pdf": (io.BytesIO(body), (filename or "x")[:5000] + ".pdf")}
    r = staff.post("/documents/new", form, form_page="/documents/new", content_type="multipart/form-data")
    assert r.status_code in (200, 302, 400, 413), r.status_code
    world.db.rollback()


@settings(max_examples=30, deadline=None, suppress_health_check=FIXTURES)
@given(subject=hostile_text, body=st.binary(max_size=2048), fields=st.dictionaries(
    st.sampled_from(["doc_type", "urgency", "confidentiality", "recipients", "signer_id", "reviewer_id",
                     "handling_deadline", "replaces_id", "authority_line"]), hostile_text, max_size=6))
def test_api_upload_never_500(world, subject, body, fields):
    from docflow.api import tokens

    if "tok" not in _LETTER:
        _LETTER["tok"] = tokens.create_token(world.db, world.user("snnmt.staff"), world.user("snnmt.staff"), "f").token
        world.db.commit()
    data = {"subject": subject, **fields, "main_pdf": (io.BytesIO(body), "x.pdf")}
    r = world.app.test_client().post("/api/v1/documents", data=data, content_type="multipart/form-data",
                                     headers={"Authorization": f"Bearer {_LETTER['tok']}"})
    assert r.status_code < 500, (r.status_code, r.get_data(as_text=True)[:300])
    assert r.is_json


FIELD_NAMES = ["subject", "comment", "reason", "name", "code", "kind", "parent_id", "pin", "new_pin", "revision",
               "username", "full_name", "title", "email", "password", "current_password", "new_password",
               "locale", "url", "secret", "expires_in_days", "lead_unit_id", "handler_id", "deadline", "box",
               "page", "roles", "active", "certificate", "agency_id", "unit_id", "next", "q", "events"]


@pytest.fixture
def form_targets(app, db, demo, world):
    """Every POST route of the pages with real ids (from the authorization matrix's objects)."""
    from flask import url_for

    from tests.test_authorization import _api_args, _url_args

    args = {**_url_args(app, db, demo), **_api_args(app, db, demo)}
    targets = []
    with app.test_request_context():
        for rule in app.url_map.iter_rules():
            if "POST" not in (rule.methods or ()) or rule.rule.startswith("/api/") or rule.endpoint.startswith(
                    "pki_public."):
                continue
            targets.append(url_for(rule.endpoint, **{a: args.get(a, 1) for a in rule.arguments
                                                     if a not in (rule.defaults or {})}))
    return sorted(set(targets))


@settings(max_examples=12, deadline=None, suppress_health_check=FIXTURES)
@given(data=st.data())
def test_every_form_with_hostile_text_never_500(app, make_browser, form_targets, data):
    # not snnmt.staff: the admin forms' user_id is theirs (deactivated, password reset by the fuzz)
    who = data.draw(st.sampled_from(["admin", "snnmt.admin", "snnmt.leader", "snnmt.clerk"]))
    b = make_browser()
    b.login(who, "Admin-pass-2026" if who == "admin" else "Demo-pass-2026")
    token = csrf_token(b.client, "/desk")
    for url in form_targets:
        fields = data.draw(st.dictionaries(st.sampled_from(FIELD_NAMES), hostile_text, max_size=6))
        r = b.client.post(url, data={**fields, "csrf_token": token})
        assert r.status_code < 500, (who, url, fields, r.status_code)


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURES)
@given(xml=st.one_of(
    st.binary(max_size=2048),
    st.text(max_size=2000).map(str.encode),
    st.sampled_from([b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>',
                     b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
                     b"<" * 10_000, b"<edXML>" * 5000])))
def test_edxml_parsers_refuse_cleanly(xml):
    from docflow.edxml.package import EdxmlError, parse_package, parse_status

    for parse in (parse_package, parse_status):
        with contextlib.suppress(EdxmlError):
            parse(xml)


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURES)
@given(boundary=st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=80), body=st.binary(max_size=4096),
       declared=st.sampled_from(["multipart/form-data; boundary={b}", "multipart/form-data", "multipart/mixed; "
                                 "boundary={b}", "application/x-www-form-urlencoded", "multipart/form-data; "
                                 "boundary=\"{b}\"; charset=utf-7"]))
def test_malformed_multipart_bodies(app, staff, boundary, body, declared):
    token = csrf_token(staff.client, "/documents/new")
    raw = b"--" + boundary.encode() + b'\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n' + \
        token.encode() + b"\r\n" + body
    for path in ("/documents/new", "/api/v1/documents", "/audit/verify"):
        r = staff.client.post(path, data=raw, content_type=declared.format(b=boundary))
        assert r.status_code < 500, (path, r.status_code)
