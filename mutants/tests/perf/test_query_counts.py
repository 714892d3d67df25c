"""The number of SQL statements each list page issues must not grow with the data: the same
pages, for the same users, on a data set and on one ten times larger, issue the same number
of statements (counted with a ``before_cursor_execute`` listener on the app's engine)."""

from __future__ import annotations

from sqlalchemy import event, select, text

from docflow.accounts.passwords import hash_password
from docflow.models import Delivery, DeliveryStatus, DocStatus, Document, User
from tests.conftest import DEMO_PASSWORD, Browser, _wipe

from .dataset import END, load

SMALL, LARGE = 300, 3000
YEAR = END.year - 1

# (who, path template); {doc} / {delivery} are a dispatched document of the user's agency and
# a completed delivery to it, chosen the same way in both data sets
PAGES = [
    ("a001.clerk1", "/desk"), ("a001.leader1", "/desk"), ("a001.staff1", "/desk"), ("a001.reviewer1", "/desk"),
    ("a001.auditor1", "/desk"),
    ("a001.clerk1", "/documents"), ("a001.staff1", "/documents"), ("a001.clerk1", "/documents?status=dispatched"),
    ("a001.clerk1", "/documents?q=n%C3%B4ng+th%C3%B4n"), ("a001.staff1", "/documents?q=01%2F"),
    ("a001.clerk1", "/incoming"), ("a001.staff1", "/incoming"), ("a001.clerk1", "/incoming?status=completed"),
    ("a001.clerk1", f"/registers/outgoing?year={YEAR}"), ("a001.clerk1", f"/registers/incoming?year={YEAR}"),
    ("a001.clerk1", f"/registers/tracking?year={YEAR}"), ("a001.leader1", f"/stats?year={YEAR}"),
    ("a001.clerk1", "/notifications"),
    ("a001.clerk1", "/documents/{doc}"), ("a001.clerk1", "/incoming/{delivery}"),
]


def _counts(app, db) -> tuple[dict, dict]:
    engine = app.extensions["docflow.engine"]
    agency = db.execute(select(User.agency_id).where(User.username == "a001.clerk1")).scalar_one()
    doc = db.execute(select(Document.id).where(Document.agency_id == agency, Document.status == DocStatus.DISPATCHED,
                                               Document.confidentiality == "normal", Document.reviewer_id.is_not(None))
                     .order_by(Document.id.desc()).limit(1)).scalar_one()
    delivery = db.execute(select(Delivery.id).where(Delivery.recipient_agency_id == agency,
                                                    Delivery.status == DeliveryStatus.COMPLETED,
                                                    Delivery.handler_id.is_not(None))
                          .order_by(Delivery.id.desc()).limit(1)).scalar_one()
    db.commit()
    sizes = {"documents": db.execute(text("SELECT count(*) FROM documents")).scalar(),
             "deliveries": db.execute(text("SELECT count(*) FROM deliveries")).scalar()}
    db.commit()
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    out = {}
    browsers: dict[str, Browser] = {}
    event.listen(engine, "before_cursor_execute", count)
    try:
        for who, template in PAGES:
            if who not in browsers:
                browsers[who] = Browser(app.test_client())
                assert browsers[who].login(who).status_code == 302
            path = template.format(doc=doc, delivery=delivery)
            browsers[who].get(path)  # warm: caches, lazy first-use loads
            statements.clear()
            response = browsers[who].get(path)
            assert response.status_code == 200, (who, path, response.status_code)
            out[(who, template)] = len(statements)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return out, sizes


def test_list_pages_issue_a_fixed_number_of_statements(app, db, database_url):
    engine = app.extensions["docflow.engine"]
    pw = hash_password(DEMO_PASSWORD)
    load(database_url, SMALL, pw)
    small, small_sizes = _counts(app, db)
    db.close()
    _wipe(engine)
    load(database_url, LARGE, pw)
    large, large_sizes = _counts(app, db)
    assert large_sizes["documents"] >= 9 * small_sizes["documents"]
    assert large_sizes["deliveries"] >= 9 * small_sizes["deliveries"]
    grown = {page: (small[page], large[page]) for page in small if large[page] != small[page]}
    assert not grown, f"statement counts grew with the data (small, 10x): {grown}"
    assert max(small.values()) <= 40, small
