"""Integers out of the database's range in paths and query strings answer 404/400, never 500
(issue 14: 23 routes did on SQLite, e.g. ``/documents/<huge>``, ``/registers/*?year=<huge>``).
The requests are derived from the URL map: every route, every integer path parameter, and
every integer query parameter the pages read."""

from __future__ import annotations

from flask import url_for

from tests.conftest import DEMO_PASSWORD, csrf_token
from tests.test_authorization import RULES, _api_args, _endpoints, _url_args

HUGE = "99999999999999999999"
# every integer the pages read from a query string (docflow/web/params.py callers)
QUERY_INTEGERS = ("year", "unit", "from", "replaces", "id", "sig")
PERSONAS = ("snnmt.leader", "snnmt.clerk", "snnmt.auditor", "snnmt.admin", "snnmt.staff")


def _int_params(app, endpoint: str) -> set[str]:
    for rule in app.url_map.iter_rules(endpoint):
        return {name for name, conv in rule._converters.items() if type(conv).__name__ in ("BoundedInt",
                                                                                           "IntegerConverter")}
    return set()


def _clients(app):
    out = {}
    for persona in PERSONAS:
        client = app.test_client()
        assert client.post("/login", data={"username": persona, "password": DEMO_PASSWORD,
                                           "csrf_token": csrf_token(client)}).status_code == 302
        out[persona] = (client, csrf_token(client, "/desk"))
    return out


def test_huge_integers_never_reach_the_database(app, demo, db):
    args = {**_url_args(app, db, demo), **_api_args(app, db, demo)}
    clients = _clients(app)
    failures, checked = [], 0
    for endpoint, (path, _methods) in sorted(_endpoints(app).items()):
        rule = RULES[endpoint]
        ints = _int_params(app, endpoint)
        with app.test_request_context():
            needed = {k: v for k, v in args.items() if f"<{k}>" in path or f":{k}>" in path}
            urls = [url_for(endpoint, **{**needed, name: HUGE}) for name in sorted(ints)]
            if rule.method == "GET" and not rule.api:
                base = url_for(endpoint, **needed)
                urls += [f"{base}{'&' if '?' in base else '?'}{q}={HUGE}" for q in QUERY_INTEGERS]
        for url in urls:
            for persona, (client, token) in clients.items():
                if rule.api:
                    response = client.open(url, method=rule.method, json=dict(rule.data))
                elif rule.method == "GET":
                    response = client.get(url)
                else:
                    response = client.post(url, data={**dict(rule.data), "csrf_token": token})
                checked += 1
                if response.status_code >= 500:
                    failures.append(f"{persona} {rule.method} {url}: {response.status_code}")
    assert checked > 500, checked
    assert not failures, "\n".join(failures)
