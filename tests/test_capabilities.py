"""What a person may do is declared once (docflow.access): the document page's buttons, the
API's ``actions`` and the services' checks all come from ``available_actions``; the menu,
the page guards and the API from ``CAPABILITIES``; who may use or issue a certificate is
enforced by the pki service itself. The matrices below are generated from the declaration
and checked on the server side."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from docflow import access
from docflow.access import CAPABILITIES, Capability, DocumentAction
from docflow.messages import DomainError
from docflow.models import Certificate, Document
from docflow.pki import service as pki
from docflow.workflow import outgoing
from tests.api.conftest import PERSONAS, api_tokens, as_user  # noqa: F401 - the fixtures, shared
from tests.api.helpers import act, create_draft, ok
from tests.conftest import DEMO_PIN, FAST_KDF
from tests.workflow.conftest import world  # noqa: F401 - the fixture, shared

STNMT = [p for p in PERSONAS if p.startswith("snnmt.")]

# what each action looks like on the document page (templates/documents/show.html)
MARKERS = {
    DocumentAction.EDIT: '/edit"', DocumentAction.SUBMIT: 'id="btn-submit"',
    DocumentAction.FORWARD: 'id="btn-forward"', DocumentAction.RETURN: 'id="btn-return"',
    DocumentAction.SIGN: 'id="btn-sign"', DocumentAction.ISSUE: 'id="btn-issue"',
    DocumentAction.DISPATCH: 'id="btn-dispatch"', DocumentAction.RECALL: 'id="btn-recall"',
    DocumentAction.REPLACE: "?replaces=", DocumentAction.PLACE: 'id="places-form"',
}


def _documents_in_every_state(as_user) -> dict[str, dict]:  # noqa: F811
    staff, reviewer, leader, clerk = (as_user(u) for u in ("snnmt.staff", "snnmt.reviewer", "snnmt.leader",
                                                          "snnmt.clerk"))
    docs = {"draft": create_draft(staff)}
    docs["in_review"] = act(staff, create_draft(staff), "submit")
    docs["awaiting_signature"] = act(reviewer, act(staff, create_draft(staff), "submit"), "forward", comment="Ký")
    docs["returned"] = act(reviewer, act(staff, create_draft(staff), "submit"), "return", comment="Sửa lại")
    signed = act(leader, act(staff, create_draft(staff, reviewer=None), "submit"), "sign", pin=DEMO_PIN)
    docs["signed"] = signed
    issued = act(clerk, act(leader, act(staff, create_draft(staff, reviewer=None), "submit"), "sign", pin=DEMO_PIN),
                 "issue", pin=DEMO_PIN)
    docs["issued"] = issued
    docs["dispatched"] = act(clerk, act(clerk, act(leader, act(staff, create_draft(staff, reviewer=None), "submit"),
                                                   "sign", pin=DEMO_PIN), "issue", pin=DEMO_PIN), "dispatch")
    return docs


def test_the_page_the_api_and_the_services_agree_on_every_action(world, as_user, make_browser):  # noqa: F811
    docs = _documents_in_every_state(as_user)
    db = world.db
    db.rollback()
    checked = 0
    for persona in STNMT:
        browser = make_browser()
        assert browser.login(persona).status_code == 302
        user = world.user(persona)
        for state, doc_json in docs.items():
            doc = db.get(Document, doc_json["id"])
            assert doc.status.value == state
            expected = access.available_actions(user, doc)
            api_doc = ok(as_user(persona).get(f"/api/v1/documents/{doc.id}"))
            assert set(api_doc["actions"]) == {a.value for a in expected}, (persona, state)
            page = browser.get(f"/documents/{doc.id}").get_data(as_text=True)
            for action, marker in MARKERS.items():
                assert (marker in page) == (action in expected), (persona, state, action)
            checked += 1
    assert checked == len(STNMT) * len(docs)


def _attempt(w, user, doc: Document, action: DocumentAction) -> None:
    ctx, rev = w.ctx(), doc.revision
    calls = {
        DocumentAction.EDIT: lambda: outgoing.revise_draft(w.db, ctx, user, doc, rev),
        DocumentAction.SUBMIT: lambda: outgoing.submit(w.db, ctx, user, doc, rev),
        DocumentAction.FORWARD: lambda: outgoing.forward(w.db, ctx, user, doc, rev),
        DocumentAction.RETURN: lambda: outgoing.return_document(w.db, ctx, user, doc, rev, "Lý do"),
        DocumentAction.SIGN: lambda: outgoing.sign(w.db, ctx, user, doc, rev, DEMO_PIN),
        DocumentAction.ISSUE: lambda: outgoing.issue(w.db, ctx, user, doc, rev, DEMO_PIN),
        DocumentAction.DISPATCH: lambda: outgoing.dispatch(w.db, ctx, user, doc, rev),
        DocumentAction.RECALL: lambda: outgoing.recall(w.db, ctx, user, doc, rev, "Lý do"),
        DocumentAction.PLACE: lambda: outgoing.move_places(w.db, ctx, user, doc, rev,
                                                           {"number": (120.0, 700.0, 220.0, 716.0)}),
    }
    calls[action]()


def test_the_services_refuse_every_action_the_declaration_does_not_offer(world, as_user):  # noqa: F811
    docs = _documents_in_every_state(as_user)
    db = world.db
    db.rollback()
    refused = 0
    for persona in STNMT:
        user = world.user(persona)
        for doc_json in docs.values():
            doc = db.get(Document, doc_json["id"])
            offered = access.available_actions(user, doc)
            for action in DocumentAction:
                if action in offered or action == DocumentAction.REPLACE:
                    continue
                status_before = doc.status
                with pytest.raises(DomainError):
                    _attempt(world, user, doc, action)
                db.expire_all()
                assert db.get(Document, doc_json["id"]).status == status_before
                refused += 1
    assert refused > 100


@pytest.mark.parametrize("capability", list(Capability))
def test_every_capability_is_declared_with_roles(capability):
    assert CAPABILITIES[capability], capability


def test_registers_menu_page_and_api_follow_the_declaration(world, as_user, make_browser):  # noqa: F811
    for persona in STNMT:
        allowed = access.can(world.user(persona), Capability.READ_REGISTERS)
        browser = make_browser()
        assert browser.login(persona).status_code == 302
        desk = browser.get("/desk").get_data(as_text=True)
        assert ('href="/registers/outgoing"' in desk) == allowed, persona
        assert browser.get("/registers/outgoing").status_code == (200 if allowed else 403), persona
        api = as_user(persona).get("/api/v1/registers/outgoing")
        assert api.status_code == (200 if allowed else 403), persona
        audit_allowed = access.can(world.user(persona), Capability.READ_AUDIT_TRAIL)
        assert ('href="/audit/trail"' in desk) == audit_allowed, persona


def test_only_who_holds_the_pin_may_use_a_certificate(world):  # noqa: F811
    db = world.db
    leader, staff, clerk = world.user("snnmt.leader"), world.user("snnmt.staff"), world.user("snnmt.clerk")
    personal = pki.active_certificate(db, user=leader)
    seal = pki.active_certificate(db, agency=world.agency("SNNMT"))
    assert seal is not None and personal is not None
    for intruder in (staff, clerk, world.user("ubndxnh.leader")):
        with pytest.raises(pki.CertificateNotFound):
            pki.signer_for(db, personal, DEMO_PIN, actor=intruder)
        with pytest.raises(pki.CertificateNotFound):
            pki.change_pin(db, personal, DEMO_PIN, "Moi-864209", actor=intruder)
    for intruder in (leader, staff, world.user("ubndxnh.clerk")):
        with pytest.raises(pki.CertificateNotFound):
            pki.signer_for(db, seal, DEMO_PIN, actor=intruder)
    db.expire_all()
    assert db.get(Certificate, personal.id).pin_failures == 0  # a refusal is not a PIN attempt
    assert pki.signer_for(db, personal, DEMO_PIN, actor=leader) is not None
    assert pki.signer_for(db, seal, DEMO_PIN, actor=clerk) is not None


def test_only_an_administrator_of_the_owner_may_issue(world):  # noqa: F811
    db = world.db
    ca = pki.ensure_dev_ca(world.config)
    staff, leader = world.user("snnmt.staff"), world.user("snnmt.leader")
    before = db.execute(select(Certificate.id)).all()
    for actor in (staff, leader, world.user("ubndxnh.admin")):
        with pytest.raises(pki.CertificateNotFound):
            pki.issue_personal_certificate(db, ca, leader, "Moi-864209", actor=actor, kdf=FAST_KDF,
                                           algorithm="ec-p256")
        with pytest.raises(pki.CertificateNotFound):
            pki.issue_seal_certificate(db, ca, world.agency("SNNMT"), "Moi-864209", actor=actor, kdf=FAST_KDF,
                                       algorithm="ec-p256")
    assert db.execute(select(Certificate.id)).all() == before
    issued = pki.issue_personal_certificate(db, ca, leader, "Moi-864209", actor=world.user("snnmt.admin"),
                                            kdf=FAST_KDF, algorithm="ec-p256")
    assert issued.user_id == leader.id
