"""Failed token attempts are rate limited per client address (Flask-Limiter)."""

from __future__ import annotations

import pytest


@pytest.fixture
def config_overrides(config_overrides):
    extra = {**config_overrides["extra"], "ratelimit_enabled": True, "api_token_failures_per_minute": 3}
    return {**config_overrides, "extra": extra}


def test_failed_token_attempts_are_rate_limited(app, demo):
    client = app.test_client()
    codes = [client.get("/api/v1/me", headers={"Authorization": "Bearer dfl_guess"}).status_code for _ in range(5)]
    assert codes == [401, 401, 401, 429, 429]
    blocked = client.get("/api/v1/me")
    assert blocked.status_code == 429 and blocked.get_json()["error"]["code"] == "rate_limited"
    assert client.get("/api/v1/openapi.json").status_code == 200  # the published document stays open
