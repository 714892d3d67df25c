"""Notification e-mails (``docflow mail``) in each person's language: Vietnamese by default,
English for someone who chose English — not the English msgid for everyone."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import select

from docflow.models import User
from docflow.workflow import outgoing
from tests.workflow.conftest import world  # noqa: F401  (the fixture)


@pytest.fixture
def smtp_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def config_overrides(config_overrides: dict, smtp_port: int) -> dict:
    return {**config_overrides, "smtp_host": "127.0.0.1", "smtp_port": smtp_port}


def test_each_person_gets_the_mail_in_their_language(app, world, smtp_port):  # noqa: F811
    from email import message_from_bytes, policy

    from aiosmtpd.controller import Controller

    class Inbox:
        messages: list = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
            self.messages.append(envelope)
            return "250 OK"

    w, db = world, world.db
    for username, locale in (("snnmt.leader", None), ("snnmt.reviewer", "en")):
        user = db.execute(select(User).where(User.username == username)).scalar_one()
        user.email, user.locale = f"{username}@snnmt.quangngai.gov.vn", locale
    ctx = w.ctx()
    for reviewer in ("snnmt.reviewer", None):
        doc = outgoing.create_draft(db, ctx, w.user("snnmt.staff"), w.draft_input(reviewer=reviewer), w.letter())
        outgoing.submit(db, ctx, w.user("snnmt.staff"), doc, doc.revision)
    db.commit()
    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    server.start()
    try:
        result = app.test_cli_runner().invoke(args=["mail"])
    finally:
        server.stop()
    assert result.exit_code == 0, result.output
    mails = {m.rcpt_tos[0].split("@")[0]: message_from_bytes(m.content, policy=policy.default)
             for m in inbox.messages}
    assert set(mails) == {"snnmt.leader", "snnmt.reviewer"}
    leader, reviewer = mails["snnmt.leader"], mails["snnmt.reviewer"]
    assert leader["Subject"] == "Có văn bản chờ bạn xử lý: V/v rà soát hồ sơ giao đất"
    assert reviewer["Subject"] == "A document awaits you: V/v rà soát hồ sơ giao đất"
