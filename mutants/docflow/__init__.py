"""docflow: official documents between agencies, with PAdES digital signatures."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask

__all__ = ["create_app"]


def create_app(config: Any = None) -> Flask:
    """Build the Flask app (imported lazily so the services can be used without flask)."""
    from .app import create_app as _create_app

    return _create_app(config)
