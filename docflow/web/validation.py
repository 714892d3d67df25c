"""WTForms' own validation messages ("This field is required.") in the interface language.

WTForms ships no Vietnamese catalogue; Flask-WTF looks its messages up in the translations it
finds on the request, so each request gets the application's own catalogue, where these msgids
are translated with the rest (they are listed here so that extraction keeps them)."""

from __future__ import annotations

from flask import Flask, request
from flask_babel import get_translations

from ..messages import N_

__all__ = ["install", "WTFORMS_MESSAGES"]

WTFORMS_MESSAGES = (
    N_("This field is required."),
    N_("Not a valid choice."),
    N_("Invalid Choice: could not coerce."),
    N_("Not a valid integer value."),
    N_("Not a valid date value."),
    N_("Not a valid datetime value."),
    N_("Not a valid decimal value."),
    N_("Not a valid float value."),
    N_("Invalid email address."),
    N_("Invalid URL."),
    N_("Invalid input."),
    N_("Number must be at least %(min)s."),
    N_("Number must be at most %(max)s."),
    N_("Number must be between %(min)s and %(max)s."),
    N_("Field must be between %(min)d and %(max)d characters long."),
    N_("File does not have an approved extension."),
)


def _plural_messages(ngettext):  # marks the plural msgids for extraction; never called
    ngettext("Field must be at least %(min)d character long.", "Field must be at least %(min)d characters long.", 1)
    ngettext("Field cannot be longer than %(max)d character.", "Field cannot be longer than %(max)d characters.", 1)
    ngettext("Field must be exactly %(max)d character long.", "Field must be exactly %(max)d characters long.", 1)


def _use_app_catalogue() -> None:
    if (request.blueprint or "").startswith("api"):
        # The API validates with marshmallow, not WTForms. Choosing the locale reads
        # current_user, and a session cookie sent along would load its user in a writing
        # transaction before the token is checked: on SQLite that lock made the API's own
        # writes wait 30 s and answer 503 ("database is locked").
        return
    request.wtforms_translations = get_translations()  # type: ignore[attr-defined]


def install(app: Flask) -> None:
    app.before_request(_use_app_catalogue)
