"""Interface language: Vietnamese first, English available; dates shown in Asia/Ho_Chi_Minh.

Message catalogues (.po) live in docflow/translations; the binary .mo files are compiled from
them when missing or older, so only the text catalogues are kept in git.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask import current_app, session

__all__ = ["LOCALES", "select_locale", "compile_catalogs", "local_time", "fmt_datetime", "fmt_date"]

LOCALES = {"vi": "Tiếng Việt", "en": "English"}
TRANSLATIONS = Path(__file__).resolve().parent / "translations"


def select_locale() -> str:
    chosen = session.get("locale")
    if chosen in LOCALES:
        return chosen
    from flask_login import current_user

    if getattr(current_user, "is_authenticated", False) and current_user.locale in LOCALES:
        return current_user.locale
    return current_app.config["DOCFLOW"].default_locale


def compile_catalogs(directory: Path = TRANSLATIONS) -> None:
    for po_path in directory.glob("*/LC_MESSAGES/messages.po"):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        with po_path.open("rb") as fh:
            catalog = read_po(fh, locale=po_path.parent.parent.name)
        # one temporary file per process: two workers starting together must not share it
        tmp = mo_path.with_suffix(f".mo.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            write_mo(fh, catalog)
        tmp.replace(mo_path)


def local_time(value: dt.datetime | None, tz: str = "Asia/Ho_Chi_Minh") -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(ZoneInfo(tz))


def fmt_datetime(value: dt.datetime | None) -> str:
    local = local_time(value, current_app.config["DOCFLOW"].timezone)
    return local.strftime("%d/%m/%Y %H:%M") if local else ""


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = local_time(value, current_app.config["DOCFLOW"].timezone).date()  # type: ignore[union-attr]
    return value.strftime("%d/%m/%Y")




def tr_error(err) -> str:
    """Translate a DomainError (msgid + params) into the interface language."""
    from flask_babel import gettext

    return gettext(err.msgid, **err.params)
