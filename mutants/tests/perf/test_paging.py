"""Keyset pagination of the long lists, walked through the pages as a clerk would: every row
appears exactly once, in the list's order, whatever the page size; a page opens at a
register number; a damaged page link gives a clear message and the first page."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from docflow.accounts.passwords import hash_password
from docflow.models import Delivery, Document, Unit, User
from docflow.workflow import queries
from tests.conftest import DEMO_PASSWORD, Browser

from .dataset import END, load

_NEXT = re.compile(r'<a rel="next" href="([^"]+)"')
_PREV = re.compile(r'<a rel="prev" href="([^"]+)"')
_DOC_LINK = re.compile(r'href="/documents/(\d+)"')
_DELIVERY_LINK = re.compile(r'href="/incoming/(\d+)"')


def _busiest_clerk(db) -> User:
    agency = db.execute(select(Document.agency_id).group_by(Document.agency_id)
                        .order_by(func.count().desc(), Document.agency_id).limit(1)).scalar_one()
    unit = db.get(Unit, agency)
    code = db.execute(select(User.username).where(User.agency_id == agency, User.username.like("%.clerk1"))).scalar()
    assert code, unit.name
    return db.execute(select(User).where(User.username == code)).scalar_one()


def _walk(browser: Browser, path: str, link: re.Pattern) -> tuple[list[int], int]:
    """Follow the "older" links from ``path``; the ids listed on each page, and the pages."""
    ids, pages = [], 0
    while path:
        html = browser.get(path.replace("&amp;", "&")).get_data(as_text=True)
        pages += 1
        ids += [int(i) for i in link.findall(html)]
        found = _NEXT.search(html)
        path = found.group(1) if found else None
        assert pages < 500
    return ids, pages


def test_walking_the_lists_shows_every_row_once_in_order(app, db, database_url):
    load(database_url, 3000, hash_password(DEMO_PASSWORD))
    clerk = _busiest_clerk(db)
    expected_docs = db.execute(select(Document.id).where(Document.agency_id == clerk.agency_id)
                               .order_by(Document.updated_at.desc(), Document.id.desc())).scalars().all()
    expected_deliveries = db.execute(select(Delivery.id).where(Delivery.recipient_agency_id == clerk.agency_id)
                                     .order_by(Delivery.received_at.desc(), Delivery.id.desc())).scalars().all()
    db.commit()
    assert len(expected_docs) > 50 and len(expected_deliveries) > 50  # more than one page each

    browser = Browser(app.test_client())
    assert browser.login(clerk.username).status_code == 302
    docs, pages = _walk(browser, "/documents", _DOC_LINK)
    assert docs == expected_docs and pages == -(-len(expected_docs) // 50)
    deliveries, _ = _walk(browser, "/incoming", _DELIVERY_LINK)
    assert deliveries == expected_deliveries

    # "newer" from the second page is the first page again
    html = browser.get("/documents").get_data(as_text=True)
    second = browser.get(_NEXT.search(html).group(1).replace("&amp;", "&")).get_data(as_text=True)
    again = browser.get(_PREV.search(second).group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert _DOC_LINK.findall(again) == _DOC_LINK.findall(html)

    # a damaged link: a clear message, then the first page
    response = browser.get("/documents?cursor=eyJrIjpbMV0sImIiOmZhbHNlfQ")
    assert response.status_code == 302
    page = browser.get(response.headers["Location"]).get_data(as_text=True)
    assert "không còn hợp lệ" in page and _DOC_LINK.findall(page) == _DOC_LINK.findall(html)


def test_registers_page_by_number_and_export_the_whole_year(app, db, database_url):
    load(database_url, 3000, hash_password(DEMO_PASSWORD))
    clerk = _busiest_clerk(db)
    year = END.year - 1
    whole = queries.register_rows(db, clerk, "incoming", year, END.date())
    db.commit()
    assert len(whole) > 20

    walked, cursor = [], None
    while True:
        page = queries.register_page(db, clerk, "incoming", year, END.date(), cursor=cursor, per_page=7)
        walked += page.items
        cursor = page.next_cursor
        if cursor is None:
            break
    assert walked == whole and [r["number"] for r in walked] == sorted(r["number"] for r in whole)

    browser = Browser(app.test_client())
    assert browser.login(clerk.username).status_code == 302
    start = whole[10]["number"]
    html = browser.get(f"/registers/incoming?year={year}&from={start}").get_data(as_text=True)
    shown = [int(n) for n in re.findall(r"<tr><td>[^<]*</td><td>(\d+)</td>", html)]
    assert shown[0] == start and shown == [r["number"] for r in whole[10:10 + len(shown)]]
    assert f"{len(whole)} mục" in html
    csv = browser.get(f"/registers/incoming?year={year}&format=csv").get_data(as_text=True)
    assert len(csv.strip().splitlines()) == len(whole) + 1  # the export is the whole year, one header line


def test_pages_of_keys_in_memory_walk_both_ways():
    """A search keeps the keys of its newest matches and pages through them in memory."""
    import datetime as dt

    from docflow.workflow.paging import page_of_keys

    base = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    keys = sorted(((base + dt.timedelta(minutes=i // 2), i) for i in range(23)), reverse=True)  # ties on time
    pages, cursor = [], None
    while True:
        page = page_of_keys(keys, cursor=cursor, per_page=5)
        pages.append(page)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert [k for p in pages for k in p.items] == keys and len(pages) == 5 and pages[0].prev_cursor is None
    for later, earlier in zip(pages[1:], pages[:-1], strict=True):
        assert page_of_keys(keys, cursor=later.prev_cursor, per_page=5).items == earlier.items
    assert page_of_keys([], cursor=None, per_page=5).items == []


def test_search_pages_through_its_matches(app, db, database_url):
    load(database_url, 3000, hash_password(DEMO_PASSWORD))
    clerk = _busiest_clerk(db)
    everything = queries.search_documents(db, clerk, "/", per_page=1000)  # every notation has a slash
    db.commit()
    assert everything.total_exact and everything.total > 60
    # what the clerk may find: the agency's own numbered documents and those delivered to it
    own = db.execute(select(Document.id).where(Document.agency_id == clerk.agency_id,
                                               Document.notation.like("%/%"))).scalars().all()
    delivered = db.execute(select(Document.id).join(Delivery, Delivery.document_id == Document.id)
                           .where(Delivery.recipient_agency_id == clerk.agency_id,
                                  Document.notation.like("%/%"))).scalars().all()
    db.commit()
    visible = set(db.execute(select(Document.id).where(Document.agency_id == clerk.agency_id)).scalars()) | set(
        db.execute(select(Delivery.document_id).where(Delivery.recipient_agency_id == clerk.agency_id)).scalars())
    db.commit()
    found = {doc.id for doc, _sender in everything.items}
    assert own and delivered
    assert found >= set(own) | set(delivered)  # every numbered document it may read ("/" is in every number)
    assert found <= visible  # and nothing of another agency
    walked, cursor = [], None
    while True:
        page = queries.search_documents(db, clerk, "/", cursor=cursor, per_page=25)
        walked += [doc.id for doc, _sender in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert walked == [doc.id for doc, _sender in everything.items]
    times = [doc.updated_at for doc, _sender in everything.items]
    assert times == sorted(times, reverse=True)


def test_statistics_per_unit_are_the_monthly_rows_summed(app, db, database_url):
    """The dashboard runs one aggregate query (per unit and month) and sums the months per
    unit: the same figures as the per-unit aggregate."""
    load(database_url, 3000, hash_password(DEMO_PASSWORD))
    clerk = _busiest_clerk(db)
    for year in (END.year - 1, END.year):
        direct = queries.on_time_stats(db, clerk.agency_id, END.date(), year=year)
        summed = queries.per_unit(queries.on_time_stats(db, clerk.agency_id, END.date(), year=year, by_month=True))
        assert direct and summed == direct
