"""API fixtures: the workflow world (demo province with certificates) plus a personal token
for every demo user, and a client that sends it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from docflow.api import tokens
from tests.workflow.conftest import world  # noqa: F401, F811 - the fixture, shared

PERSONAS = ["snnmt.staff", "snnmt.reviewer", "snnmt.leader", "snnmt.clerk", "snnmt.auditor", "snnmt.admin",
            "ubndxnh.staff", "ubndxnh.leader", "ubndxnh.clerk", "ubndxnh.admin", "stc.clerk", "stc.staff", "stc.admin",
            "admin"]


@dataclass
class ApiClient:
    client: object
    token: str
    lang: str = "vi"

    def _headers(self, headers: dict | None) -> dict:
        return {"Authorization": f"Bearer {self.token}", "Accept-Language": self.lang, **(headers or {})}

    def get(self, path: str, headers: dict | None = None, **kw):
        return self.client.get(path, headers=self._headers(headers), **kw)

    def post(self, path: str, json=None, headers: dict | None = None, **kw):
        return self.client.post(path, json=json, headers=self._headers(headers), **kw)

    def delete(self, path: str, headers: dict | None = None, **kw):
        return self.client.delete(path, headers=self._headers(headers), **kw)


@pytest.fixture
def api_tokens(world) -> dict[str, str]:  # noqa: F811
    db = world.db
    out = {}
    for username in PERSONAS:
        user = world.user(username)
        out[username] = tokens.create_token(db, user, user, "tests").token
    db.commit()
    return out


@pytest.fixture
def as_user(app, api_tokens):
    """``as_user("snnmt.clerk")``: a client carrying that user's token."""
    return lambda username, lang="vi": ApiClient(app.test_client(), api_tokens[username], lang)
