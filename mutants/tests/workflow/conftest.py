"""Workflow fixtures: the demo province with certificates for its leaders and seals for its
agencies (real keys from the instance's development CA), and a clock the test controls."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from sqlalchemy import select

from docflow.models import Unit, User
from docflow.pki import service as pki
from docflow.runtime import workflow_context
from docflow.workflow.outgoing import DraftInput, Upload
from tests.conftest import DEMO_PIN, FAST_KDF
from tests.support.pdfs import official_letter


@dataclass
class Clock:
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC).replace(microsecond=0))

    def __call__(self) -> dt.datetime:
        return self.now

    def set_local(self, *args: int) -> None:
        from docflow.workflow.context import VN_TZ

        self.now = dt.datetime(*args, tzinfo=VN_TZ).astimezone(dt.UTC)


@dataclass
class World:
    app: object
    db: object
    users: dict[str, User]
    clock: Clock

    @property
    def config(self):
        return self.app.config["DOCFLOW"]

    def ctx(self):
        return workflow_context(self.db, self.config, clock=self.clock)

    def user(self, username: str) -> User:
        return self.db.execute(select(User).where(User.username == username)).scalar_one()

    def agency(self, code: str) -> Unit:
        return self.db.execute(select(Unit).where(Unit.code == code, Unit.kind == "agency")).scalar_one()

    def unit(self, name: str, agency_code: str) -> Unit:
        agency = self.agency(agency_code)
        return self.db.execute(select(Unit).where(Unit.name == name, Unit.agency_id == agency.id)).scalar_one()

    def draft_input(self, *, to: tuple[str, ...] = ("UBNDXNH",), subject: str = "V/v rà soát hồ sơ giao đất",
                    signer: str = "snnmt.leader", reviewer: str | None = "snnmt.reviewer", **kw) -> DraftInput:
        from docflow.models import DocType

        return DraftInput(doc_type=kw.pop("doc_type", DocType.CV), subject=subject,
                          recipients=[self.agency(c).id for c in to], signer_id=self.user(signer).id,
                          reviewer_id=self.user(reviewer).id if reviewer else None,
                          authority_line=kw.pop("authority_line", "KT. GIÁM ĐỐC"), **kw)

    def letter(self, **kw) -> Upload:
        return Upload("cong-van.pdf", official_letter(signer_title="", signer_name="", **kw))


@pytest.fixture
def world(app, db, demo) -> World:
    """Certificates: every demo leader (personal), every agency (seal), all under DEMO_PIN."""
    config = app.config["DOCFLOW"]
    ca = pki.ensure_dev_ca(config)
    for user in db.execute(select(User)).scalars():
        if user.has_role("leader"):
            pki.issue_personal_certificate(db, ca, user, DEMO_PIN, actor=None, kdf=FAST_KDF, algorithm="ec-p256")
    for agency in db.execute(select(Unit).where(Unit.kind == "agency")).scalars():
        pki.issue_seal_certificate(db, ca, agency, DEMO_PIN, actor=None, kdf=FAST_KDF, algorithm="ec-p256")
    db.commit()
    return World(app, db, {u.username: u for u in db.execute(select(User)).scalars()}, Clock())
