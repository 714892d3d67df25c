"""The workflow tests' ``world`` (demo province with certificates) for the reliability tests."""

import pytest  # noqa: E402

from tests.workflow.conftest import world  # noqa: F401 - re-exported fixture


@pytest.fixture(scope="session")
def vworld():
    """The verification tests' PKI: a signed letter and a trust context that passes it."""
    from tests.verification.conftest import World

    return World()


@pytest.fixture(scope="session")
def signed_pdf(vworld) -> bytes:
    return vworld.signed()
