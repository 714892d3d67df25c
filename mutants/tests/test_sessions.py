"""Which database session a request gets. Safe requests read in transactions the database
itself keeps read-only, so a write hidden in a GET fails in every test run instead of now
and then in production (on SQLite a reader cannot upgrade to a writer while another request
writes: the edXML export, a GET that records its audit event, failed that way under load)."""

from __future__ import annotations

import threading

import pytest
from flask import g
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError

from docflow.app import get_session, writes
from docflow.models import User


def _session_for(app, method: str, endpoint_view=None):
    """The session ``get_session()`` hands a request of this method to this view."""
    if endpoint_view is not None:
        app.view_functions["_probe"] = endpoint_view
    with app.test_request_context("/", method=method) as ctx:
        if endpoint_view is not None:
            ctx.request.url_rule = type("Rule", (), {"endpoint": "_probe"})()
        session = get_session()
        g.pop("db_session")
        return session


def _try_write(session) -> None:
    session.execute(update(User).where(User.username == "admin").values(title="changed"))
    session.flush()


def test_get_requests_read_in_read_only_transactions(app, demo):
    session = _session_for(app, "GET")
    try:
        assert session.execute(select(User.username).where(User.username == "admin")).scalar_one() == "admin"
        with pytest.raises(DBAPIError):
            _try_write(session)
    finally:
        session.rollback()
        session.close()


def test_post_requests_and_marked_views_may_write(app, demo):
    @writes
    def exporter():  # a GET whose work is audited
        return ""

    for session in (_session_for(app, "POST"), _session_for(app, "GET", exporter)):
        try:
            _try_write(session)
        finally:
            session.rollback()
            session.close()


def test_a_writer_after_a_reader_on_the_same_pooled_connection(app, demo, db):
    """The read-only flag belongs to the transaction, not the pooled connection: a writer that
    reuses the reader's connection writes, and the reader's refusal does not stick."""
    readers = app.extensions["docflow.read_sessionmaker"]
    writers = app.extensions["docflow.write_sessionmaker"]
    for _ in range(3):
        with readers() as reader:
            reader.execute(select(User.id)).all()
        with writers() as writer, writer.begin():
            _try_write(writer)
    db.expire_all()
    assert db.execute(select(User.title).where(User.username == "admin")).scalar_one() == "changed"


def test_readers_do_not_block_while_a_writer_holds_the_lock(app, demo):
    """A page view reads while a signing request holds the write lock (SQLite WAL, PostgreSQL MVCC)."""
    writers, readers = app.extensions["docflow.write_sessionmaker"], app.extensions["docflow.read_sessionmaker"]
    holding, release, seen = threading.Event(), threading.Event(), []

    def write() -> None:
        with writers() as writer, writer.begin():
            _try_write(writer)
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=write)
    thread.start()
    try:
        assert holding.wait(10)
        with readers() as reader:
            seen.append(reader.execute(select(User.title).where(User.username == "admin")).scalar_one())
    finally:
        release.set()
        thread.join(10)
    assert seen and seen[0] != "changed"  # the committed state, without waiting for the writer
