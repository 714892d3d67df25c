"""The access matrix (docs/access-matrix.md), generated from the one declaration of who may do
what: ``access.CAPABILITIES``, ``access.DOCUMENT_ACTIONS`` and the guards on the views. The
page menu, the views, the API and the services read the same declaration, so the matrix a
reviewer reads cannot drift from what the server does (tests/test_access_matrix.py)."""

from __future__ import annotations

from flask import Flask

from .. import access
from ..models import Role
from .guards import required_of

__all__ = ["access_matrix"]

_HIDDEN_METHODS = {"HEAD", "OPTIONS"}


def _roles(roles: frozenset[Role]) -> str:
    return ", ".join(r.value for r in Role if r in roles)


def access_matrix(app: Flask) -> str:
    out = [
        "# Who may do what",
        "",
        "Generated from `docflow/access.py` (`CAPABILITIES`, `DOCUMENT_ACTIONS`) and the guards of the",
        "views (`docflow/web/guards.py`); do not edit by hand: `DOCFLOW_UPDATE_MATRIX=1 pytest",
        "tests/test_access_matrix.py` writes it again. On top of these, every object is scoped by",
        "`docflow/access.py`: a user sees and acts on objects of their own agency (administrators of",
        "the operating agency administer every agency), and `tests/test_authorization.py` tries every",
        "route as every role of one agency, an administrator of another and an anonymous visitor.",
        "",
        "## Capabilities",
        "",
        "| capability | " + " | ".join(r.value for r in Role) + " |",
        "|---|" + "---|" * len(Role),
    ]
    for capability in access.Capability:
        holders = access.CAPABILITIES[capability]
        out.append(f"| {capability.value} | " + " | ".join("✔" if r in holders else "" for r in Role) + " |")
    out += ["", "## Actions on an outgoing document", "",
            "The document page's buttons, the API's `actions` and the workflow services all ask",
            "`access.available_actions` / `access.rule_of`.", "",
            "| action | in states | who |", "|---|---|---|"]
    for action, document_rule in access.DOCUMENT_ACTIONS.items():
        states = ", ".join(s.value for s in sorted(document_rule.states, key=lambda s: s.value))
        who = (document_rule.who.__doc__ or document_rule.who.__name__).strip()
        out.append(f"| {action.value} | {states} | {who} |")
    out += ["", "## Web pages", "",
            "Guard: the capability (and its roles) or the roles a view requires before it runs;",
            "\"in the view\": login required and the object's scope or the person's role decided by the",
            "view and its service (documents, deliveries, own account).", "",
            "| endpoint | path | methods | guard |", "|---|---|---|---|"]
    for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint)):
        if rule.endpoint == "static" or rule.endpoint.startswith("api") or rule.rule.startswith("/api/"):
            continue
        required, roles = required_of(app.view_functions[rule.endpoint])
        if required is not None and roles is not None:
            guard = f"{required.value} ({_roles(roles)})"
        elif roles is not None:
            guard = f"roles: {_roles(roles)}"
        else:
            guard = "in the view"
        methods = ", ".join(sorted((rule.methods or set()) - _HIDDEN_METHODS))
        out.append(f"| `{rule.endpoint}` | `{rule.rule}` | {methods} | {guard} |")
    out += ["", "## API", "",
            "Every call under `/api/v1` needs a personal API token (`Authorization: Bearer …`) that acts",
            "as its owner only; each call checks the same scope and the same actions as the pages",
            "(the routes are listed in the OpenAPI description at `/api/v1/openapi.json`).", ""]
    return "\n".join(out)
