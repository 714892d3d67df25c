"""Fixtures for the auditor's pages: a trusted test root in the installation's trust store and
logged-in browsers."""

from __future__ import annotations

import pytest

from .support import trust_test_root


@pytest.fixture
def config(app):
    return app.config["DOCFLOW"]


@pytest.fixture
def trusted(config):
    trust_test_root(config)
    return config


@pytest.fixture
def auditor(demo, make_browser, trusted):
    b = make_browser()
    assert b.login("snnmt.auditor").status_code == 302
    return b
