"""Webhook tests use the API fixtures (tokens per demo user) and the workflow world."""

from tests.api.conftest import api_tokens, as_user  # noqa: F401 - shared fixtures
from tests.workflow.conftest import world  # noqa: F401
