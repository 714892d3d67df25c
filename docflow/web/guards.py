"""Access decorators for views: the role check lives here, the object scope in docflow.access.

Each decorated view carries what it requires (``required_roles``, and ``required_capability``
when the roles come from ``access.CAPABILITIES``), so the access matrix in
docs/access-matrix.md is generated from the same declaration the menu and the views use."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import abort
from flask_login import current_user, login_required

from .. import access
from ..models import Role

__all__ = ["roles_required", "capability_required", "required_of"]

_ROLES = "docflow_required_roles"
_CAPABILITY = "docflow_required_capability"


def roles_required(*roles: Role) -> Callable:
    """Logged in and holding at least one of ``roles``; otherwise 403."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args: Any, **kwargs: Any):
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        setattr(wrapped, _ROLES, frozenset(roles))
        return wrapped

    return decorator


def capability_required(capability: access.Capability) -> Callable:
    """Logged in and holding ``capability`` (``access.CAPABILITIES``); otherwise 403."""

    def decorator(view: Callable) -> Callable:
        wrapped = roles_required(*access.CAPABILITIES[capability])(view)
        setattr(wrapped, _CAPABILITY, capability)
        return wrapped

    return decorator


def required_of(view: Callable) -> tuple[access.Capability | None, frozenset[Role] | None]:
    """What a view function declared with these decorators (None, None: checked in the view)."""
    return getattr(view, _CAPABILITY, None), getattr(view, _ROLES, None)
