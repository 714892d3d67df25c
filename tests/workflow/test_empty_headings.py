"""No empty headings: a document page shows "Thao tác" only over actions the person can take."""

from __future__ import annotations

from tests.workflow.helpers import issued_document


def test_no_actions_heading_without_actions(world, make_browser):
    doc = issued_document(world, dispatch=True)
    auditor = make_browser()
    auditor.login("snnmt.auditor")
    page = auditor.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert 'id="actions-heading"' not in page and "<h2>Thao tác</h2>" not in page
    clerk = make_browser()
    clerk.login("snnmt.clerk")  # the clerk may recall it: the heading is there, over the button
    page = clerk.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert 'id="actions-heading"' in page and 'id="btn-recall"' in page


def test_incoming_page_no_heading_over_nothing_and_no_open_form_for_what_is_done(world, make_browser):
    from sqlalchemy import select

    from docflow.models import Delivery, Unit
    from docflow.workflow import incoming

    w = world
    doc = issued_document(w, dispatch=True)
    delivery = w.db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
    auditor = make_browser()
    auditor.login("ubndxnh.auditor")
    page = auditor.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert 'id="actions-heading"' not in page and "<h2>Thao tác</h2>" not in page
    w.db.commit()  # a fresh snapshot: the page view wrote meanwhile
    delivery = w.db.get(Delivery, delivery.id)
    incoming.register(w.db, w.ctx(), w.user("ubndxnh.clerk"), delivery, delivery.revision)
    w.db.commit()
    leader = make_browser()
    leader.login("ubndxnh.leader")
    page = leader.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    assert 'id="assign-form"' in page and 'id="reassign"' not in page  # to be assigned: the form, open
    w.db.commit()
    delivery = w.db.get(Delivery, delivery.id)
    unit = w.db.execute(select(Unit).where(Unit.agency_id == delivery.recipient_agency_id,
                                           Unit.id != delivery.recipient_agency_id)).scalars().first()
    incoming.assign(w.db, w.ctx(), w.user("ubndxnh.leader"), delivery, delivery.revision, lead_unit_id=unit.id)
    w.db.commit()
    page = leader.get(f"/incoming/{delivery.id}").get_data(as_text=True)
    # assigned: what was decided is shown, changing it is one click away, not a form left open
    assert '<details id="reassign">' in page and page.index('<details id="reassign">') < page.index('id="assign-form"')
