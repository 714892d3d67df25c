"""Access decorators for views: the role check lives here, the object scope in docflow.access."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import abort
from flask_login import current_user, login_required

from ..models import Role

__all__ = ["roles_required"]


def roles_required(*roles: Role) -> Callable:
    """Logged in and holding at least one of ``roles``; otherwise 403."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args: Any, **kwargs: Any):
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
