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
