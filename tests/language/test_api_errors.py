"""The JSON API's errors in Vietnamese and in English (issue 19): every error answers with a
stable machine code and a message for people in the language asked for (Accept-Language, else
the token owner's chosen language, else Vietnamese), with no English in the Vietnamese message
and no internal code in either.

The codes are not listed here: they are derived from the code — every raise site of a service
error (``DomainError`` subclasses, ``ApiError``) with its msgid, and the generic codes of the
HTTP handlers. Each code is provoked through the real API where a test can reach it (the
messages then carry their real parameters, such as the reason an edXML package was refused),
and every raise site's message is rendered through the API's own error envelope in both
languages."""

from __future__ import annotations

import ast
import importlib
import io
import pkgutil
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import docflow
from docflow.api import errors as api_errors
from docflow.messages import DomainError
from tests.api.conftest import api_tokens, as_user  # noqa: F401  (the fixtures)
from tests.api.helpers import act, create_draft
from tests.workflow.conftest import world  # noqa: F401  (the fixture)

from .text import english_faults, vietnamese_faults

ROOT = Path(docflow.__file__).resolve().parent
LANGUAGES = ("vi", "en")
# What a program reads or types exactly (an HTTP header, its scheme) may stand in a message of
# either language, as <code> does on the pages.
LITERALS = re.compile(r"\b(?:Authorization|Accept-Language|Content-Type|Bearer)\b")
PLACEHOLDER = re.compile(r"%\((\w+)\)([sdif])")


# -- the codes and messages, derived from the code ----------------------------------------------------


def _error_classes() -> dict[str, type[DomainError]]:
    for module in pkgutil.walk_packages(docflow.__path__, "docflow."):
        if ".migrations" not in module.name:
            importlib.import_module(module.name)

    def below(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    return {cls.__name__: cls for cls in below(DomainError)}


@dataclass(frozen=True)
class Site:
    where: str
    code: str
    status: int
    msgid: str


def _msgids(node: ast.expr | None, module, function: ast.AST | None) -> list[str]:
    """The msgid(s) an argument can be: a literal, a module constant, a dict of them, or a
    local variable set from N_(...) calls in its function."""
    if node is None:
        return []
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
        return _msgids(node.args[0], module, function)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Name) and isinstance(getattr(module, node.id, None), str):
        return [getattr(module, node.id)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
        table = getattr(module, getattr(node.func.value, "id", ""), None)
        if isinstance(table, dict):
            return [*table.values(), *_msgids(node.args[1] if len(node.args) > 1 else None, module, function)]
    if isinstance(node, ast.Name) and function is not None:
        return [c.args[0].value for c in ast.walk(function) if isinstance(c, ast.Call)
                and getattr(c.func, "id", None) == "N_" and isinstance(c.args[0], ast.Constant)]
    return []


def raise_sites() -> list[Site]:
    classes = _error_classes()
    sites: list[Site] = []
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        name = "docflow." + ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        module = importlib.import_module(name)
        tree = ast.parse(path.read_text())
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            cls_name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            cls = classes.get(cls_name)
            if cls is None:
                continue
            function = next((f for f in functions if f.lineno <= node.lineno <= (f.end_lineno or f.lineno)
                             and any(n is node for n in ast.walk(f))), None)
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            if cls is api_errors.ApiError:
                status = node.args[0].value  # type: ignore[attr-defined]
                given = next((k.value.value for k in node.keywords if k.arg == "code"), None)  # type: ignore[attr-defined]
                code, msgids = given or api_errors._STATUS_CODES[status], _msgids(node.args[1], module, function)
            else:
                status = int(cls.http_status)
                code, msgids = api_errors.code_of(cls), _msgids(node.args[0] if node.args else None, module, function)
            assert msgids, f"{where}: {cls_name}(...) with a msgid this test cannot read; give it N_('...')"
            sites.extend(Site(where, code, status, m) for m in msgids)
    return sites


def handler_codes() -> dict[str, str]:
    """The codes the API's HTTP handlers answer with, and their messages."""
    out = {code: api_errors._STATUS_MESSAGES.get(status, api_errors._STATUS_MESSAGES[400])
           for status, code in api_errors._STATUS_CODES.items()}
    out["stale_revision"] = api_errors._STATUS_MESSAGES[409]
    return out


def _sample(msgid: str) -> dict:
    # neutral values: a number, and a word of no language ("A1" is read as an identifier)
    return {name: (12 if kind in "di" else 1.5 if kind == "f" else "A1") for name, kind in PLACEHOLDER.findall(msgid)}


# -- the checks ----------------------------------------------------------------------------------------


def _faults(lang: str, code: str, message: str, msgid: str | None = None) -> list[str]:
    text = LITERALS.sub(" ", message)
    found = (vietnamese_faults if lang == "vi" else english_faults)(text)  # snake_case codes are caught by shape
    if not message.strip():
        found.append("empty message")
    if lang == "vi" and msgid and message == (msgid % _sample(msgid) if PLACEHOLDER.search(msgid) else msgid):
        found.append("untranslated message")
    if code in message:
        found.append(f"the code {code!r} in the human text")
    return [f"[{lang}] {code}: {f} — «{message}»" for f in found]


def _check_envelope(response, lang: str) -> tuple[str, list[str]]:
    assert response.mimetype == "application/json", (response.status_code, response.get_data(as_text=True)[:300])
    body = response.get_json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "field"}, body
    code, message = body["error"]["code"], body["error"]["message"]
    faults = [] if code in api_errors.ERROR_CODES else [f"[{lang}] {code}: a code missing from ERROR_CODES"]
    if api_errors.ERROR_CODES.get(code) not in (None, response.status_code) and code not in handler_codes():
        faults.append(f"[{lang}] {code}: answered {response.status_code}, listed as {api_errors.ERROR_CODES[code]}")
    if response.headers.get("Content-Language") != lang:
        faults.append(f"[{lang}] {code}: Content-Language {response.headers.get('Content-Language')!r}")
    return code, faults + _faults(lang, code, message)


def test_the_catalogue_of_codes_is_the_code_s_own():
    """Every code a raise site or handler can produce is listed (with its status), and nothing
    listed is dead: a renamed error class cannot silently change what integrators branch on."""
    derived = {s.code for s in raise_sites()} | set(handler_codes())
    listed = set(api_errors.ERROR_CODES)
    assert derived - listed == set(), f"codes produced but not listed in ERROR_CODES: {sorted(derived - listed)}"
    assert listed - derived == set(), f"codes listed but never produced: {sorted(listed - derived)}"
    wrong = [(s.where, s.code, s.status) for s in raise_sites()
             if api_errors.ERROR_CODES[s.code] != s.status and s.code not in handler_codes()]
    assert not wrong, f"raise sites whose status is not their code's: {wrong}"


def test_every_error_message_in_both_languages(app):
    """Each raise site's message and each handler's, through the API's error envelope."""
    sites = raise_sites()
    assert len(sites) > 150, "the scan found too few raise sites"
    faults: list[str] = []
    for lang in LANGUAGES:
        with app.test_request_context("/api/v1/documents", headers={"Accept-Language": lang}):
            for site in sites:
                response = api_errors.error_response(site.status, site.code, site.msgid, _sample(site.msgid))
                message = response.get_json()["error"]["message"]
                faults.extend(f"{site.where}: {f}" for f in _faults(lang, site.code, message, site.msgid))
            for code, msgid in handler_codes().items():
                response = api_errors.error_response(400, code, msgid)
                faults.extend(_faults(lang, code, response.get_json()["error"]["message"], msgid))
    assert not faults, f"{len(faults)} faults:\n" + "\n".join(sorted(set(faults)))


# -- through the real API --------------------------------------------------------------------------------

EDXML_NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016"


def _upload(api, path: str, data: bytes, name: str = "goi.edxml"):
    return api.post(path, data={"file": (io.BytesIO(data), name)}, json=None, content_type="multipart/form-data")


def _provocations(app, world, as_user):  # noqa: F811
    """(expected code, request) for every code a test can reach through HTTP, in one language."""
    staff = lambda lang: as_user("snnmt.staff", lang)  # noqa: E731
    doc = create_draft(as_user("snnmt.staff"))
    submitted = act(as_user("snnmt.staff"), doc, "submit")
    at_signer = act(as_user("snnmt.reviewer"), submitted, "forward", comment="Đề nghị ký")
    anonymous = app.test_client()

    def too_large(lang):
        app.config["MAX_CONTENT_LENGTH"] = 64 * 1024
        try:
            return _upload(staff(lang), "/api/v1/verify", b"0" * 200_000, "big.pdf")
        finally:
            app.config["MAX_CONTENT_LENGTH"] = None

    return [
        ("unauthorized", lambda lang: anonymous.get("/api/v1/me", headers={"Accept-Language": lang})),
        ("not_found", lambda lang: staff(lang).get("/api/v1/no-such-thing")),
        ("method_not_allowed", lambda lang: staff(lang).client.put("/api/v1/documents",
                                                                   headers={"Accept-Language": lang})),
        ("validation_error", lambda lang: staff(lang).post(f"/api/v1/documents/{doc['id']}/submit", json={})),
        ("too_large", too_large),
        ("document_not_found", lambda lang: staff(lang).get("/api/v1/documents/424242")),
        ("stale_revision", lambda lang: staff(lang).post(f"/api/v1/documents/{doc['id']}/submit",
                                                         json={"revision": doc["revision"]})),
        ("not_allowed", lambda lang: as_user("snnmt.clerk", lang).post(
            f"/api/v1/documents/{at_signer['id']}/sign", json={"revision": at_signer["revision"], "pin": "1"})),
        ("invalid_transition", lambda lang: as_user("snnmt.clerk", lang).post(
            f"/api/v1/documents/{at_signer['id']}/dispatch", json={"revision": at_signer["revision"]})),
        ("wrong_certificate_pin", lambda lang: as_user("snnmt.leader", lang).post(
            f"/api/v1/documents/{at_signer['id']}/sign", json={"revision": at_signer["revision"], "pin": "000000"})),
        ("invalid_document", lambda lang: staff(lang).post(
            "/api/v1/documents", data={"doc_type": "CV", "subject": "V/v thử",
                                       "recipients": [str(world.agency("STC").id)],
                                       "signer_id": str(world.user("snnmt.leader").id),
                                       "main_pdf": (io.BytesIO(b"not a pdf"), "x.pdf")},
            json=None, content_type="multipart/form-data")),
        ("invalid_cursor", lambda lang: staff(lang).get("/api/v1/documents?cursor=not-a-cursor")),
        ("token_forbidden", lambda lang: as_user("snnmt.admin", lang).post(
            "/api/v1/tokens", json={"name": "hộ", "user_id": world.user("snnmt.staff").id})),
        ("token_not_found", lambda lang: staff(lang).delete("/api/v1/tokens/999999")),
        ("webhook_not_found", lambda lang: as_user("snnmt.admin", lang).delete("/api/v1/webhooks/999999")),
        ("unknown_partner", lambda lang: as_user("snnmt.admin", lang).get("/api/v1/edxml/organs/KHONG.CO/seals")),
        # the reasons a package is refused come from the parser: they follow the language too
        ("exchange_error", lambda lang: _upload(as_user("snnmt.clerk", lang), "/api/v1/edxml/import", b"<edXML")),
        ("exchange_error", lambda lang: _upload(as_user("snnmt.clerk", lang), "/api/v1/edxml/import",
                                                b'<edXMLEnvelope xmlns="urn:x"/>')),
        ("exchange_error", lambda lang: _upload(as_user("snnmt.clerk", lang), "/api/v1/edxml/import",
                                                f'<edXMLEnvelope xmlns="{EDXML_NS}"><edXMLHeader/>'
                                                f'</edXMLEnvelope>'.encode())),
        ("exchange_error", lambda lang: _upload(as_user("snnmt.clerk", lang), "/api/v1/edxml/status",
                                                f'<edXMLEnvelope xmlns="{EDXML_NS}"><edXMLHeader/>'
                                                f'</edXMLEnvelope>'.encode())),
    ]


def test_errors_through_the_api_in_both_languages(app, world, as_user):  # noqa: F811
    faults: list[str] = []
    reached: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    messages: dict[tuple[str, int], dict[str, str]] = {}
    provocations = _provocations(app, world, as_user)
    for index, (expected, call) in enumerate(provocations):
        for lang in LANGUAGES:
            response = call(lang)
            code, found = _check_envelope(response, lang)
            faults.extend(found)
            if code != expected:
                faults.append(f"[{lang}] expected {expected}, got {code} ({response.status_code})")
            reached[lang].add(code)
            messages.setdefault((code, index), {})[lang] = response.get_json()["error"]["message"]
    for (code, _), pair in messages.items():
        if pair["vi"] == pair["en"]:
            faults.append(f"{code}: the same message in both languages «{pair['vi']}»")
    assert not faults, f"{len(faults)} faults:\n" + "\n".join(faults)
    assert reached["vi"] == reached["en"] == {expected for expected, _ in provocations}
    assert reached["vi"] <= {s.code for s in raise_sites()} | set(handler_codes())
    refused = messages[("exchange_error", len(provocations) - 4)]  # the parser's reason, in words
    assert refused["vi"].startswith("Gói edXML bị từ chối: tệp XML sai cú pháp (dòng 1"), refused
    assert refused["en"].startswith("The edXML package was refused: the XML is malformed (line 1"), refused


@pytest.mark.parametrize(("header", "chosen", "expected"), [
    (None, None, "vi"), (None, "en", "en"), ("en", None, "en"), ("vi", "en", "vi"), ("en-GB,en;q=0.8", "vi", "en"),
    ("fr", None, "vi"), ("fr", "en", "en"),
])
def test_the_language_asked_for_else_the_user_s_else_vietnamese(world, as_user, header, chosen, expected):  # noqa: F811
    user = world.user("snnmt.staff")
    user.locale = chosen
    world.db.commit()
    api = as_user("snnmt.staff")
    headers = {"Authorization": f"Bearer {api.token}"} | ({"Accept-Language": header} if header else {})
    response = api.client.get("/api/v1/documents/424242", headers=headers)
    body = response.get_json()["error"]
    assert response.status_code == 404 and body["code"] == "document_not_found"
    assert response.headers["Content-Language"] == expected
    assert body["message"].startswith("Văn bản không tồn tại" if expected == "vi" else "This document does not exist")
