"""The workflow tests' ``world`` (demo province with certificates) for the reliability tests."""

from tests.workflow.conftest import world  # noqa: F401 - re-exported fixture
