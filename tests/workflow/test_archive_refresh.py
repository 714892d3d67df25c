"""The renewal job (``docflow archive refresh``): exactly the due files, idempotent,
crash-safe, audited; on SQLite and (db marker) PostgreSQL (issue 18)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from docflow.models import ArchiveStatus, AuditEvent, FileVersion
from docflow.pki import service as pki
from docflow.runtime import trust_context
from docflow.verification import verify_pdf
from docflow.workflow import archive
from tests.signing.oracles import pyhanko_lta_validate

from .helpers import issued_document


def _due_now(world, *docs) -> None:
    """As if these files' archive TSA certificates were about to expire: due a minute ago."""
    for doc in docs:
        world.db.get(ArchiveStatus, doc.main_file.id).next_renewal_at = world.clock() - dt.timedelta(minutes=1)
    world.db.commit()


def _versions(world) -> int:
    return world.db.execute(select(func.count(FileVersion.id))).scalar_one()


def _renewal_events(world) -> int:
    return world.db.execute(select(func.count(AuditEvent.id)).where(
        AuditEvent.action == "document.archive_renew")).scalar_one()


def _refresh(world) -> int:
    ctx = world.ctx()
    return sum(archive.renew_file(world.db, ctx, fid, margin=ctx.archive_margin)
               for fid in archive.due_files(world.db, ctx.now()))


def test_issuance_schedules_the_renewal_a_margin_before_the_tsa_certificate_expires(world):
    doc = issued_document(world, dispatch=False)
    status = world.db.get(ArchiveStatus, doc.main_file.id)
    assert status.level == "B-LTA" and status.renewals == 0
    assert status.next_renewal_at == status.tsa_not_after - dt.timedelta(days=365)
    assert status.algorithms.startswith("sha256 ")
    assert archive.due_files(world.db, world.clock()) == []


def test_refresh_picks_exactly_the_due_files_and_twice_changes_nothing(world):
    due, fresh = issued_document(world, dispatch=False), issued_document(world, dispatch=False)
    _due_now(world, due)
    assert archive.due_files(world.db, world.clock()) == [due.main_file.id]
    before = _versions(world)
    assert _refresh(world) == 1
    world.db.expire_all()
    assert _versions(world) == before + 1 and _renewal_events(world) == 1
    assert [v.reason for v in due.main_file.versions][-2:] == ["archive", "archive"]
    assert fresh.main_file.current.reason == "archive" and len(fresh.main_file.versions) == len(
        due.main_file.versions) - 1
    status = world.db.get(ArchiveStatus, due.main_file.id)
    assert status.renewals == 1 and status.next_renewal_at > world.clock()

    assert _refresh(world) == 0  # the second run: nothing due, nothing changed
    world.db.expire_all()
    assert _versions(world) == before + 1 and _renewal_events(world) == 1

    pdf = world.ctx().blobs.get(due.main_file.current.sha256)
    report = verify_pdf(pdf, trust_context(world.db, world.config))
    assert report.verdict == "TOTAL_PASSED", [(s.field, s.problems) for s in report.signatures]
    assert [s.kind for s in report.signatures] == ["approval", "approval", "document_timestamp",
                                                   "document_timestamp"]
    assert [s.pades_level for s in report.signatures[:2]] == ["B-LTA", "B-LTA"]
    root = pki.ensure_dev_ca(world.config).root.certificate
    assert all(v.passed for v in pyhanko_lta_validate(pdf, root))


def test_a_crash_in_the_middle_leaves_no_file_half_renewed(world):
    first, second = issued_document(world, dispatch=False), issued_document(world, dispatch=False)
    _due_now(world, first, second)
    ctx = world.ctx()
    calls = []

    def crashing(pdf: bytes, **kw):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("power cut")  # the process dies while the second file is renewed
        return ctx.archiver(pdf, **kw)

    crashing_ctx = replace(ctx, archiver=crashing)
    due = archive.due_files(world.db, ctx.now())
    assert due == sorted(due) and set(due) == {first.main_file.id, second.main_file.id}
    assert archive.renew_file(world.db, crashing_ctx, due[0]) is True
    with pytest.raises(RuntimeError):
        archive.renew_file(world.db, crashing_ctx, due[1])
    world.db.expire_all()
    # the first is renewed and committed; the second is as it was, and still due
    assert archive.due_files(world.db, ctx.now()) == [due[1]]
    crashed = world.db.get(ArchiveStatus, due[1])
    assert crashed.renewals == 0 and _renewal_events(world) == 1
    assert _refresh(world) == 1 and archive.due_files(world.db, ctx.now()) == []


def test_the_command_renews_what_is_due(world):
    doc = issued_document(world, dispatch=False)
    _due_now(world, doc)
    runner = world.app.test_cli_runner()
    out = runner.invoke(args=["archive", "refresh"])
    assert out.exit_code == 0 and out.output.startswith("1 renewed, 0 failed"), out.output
    again = runner.invoke(args=["archive", "refresh"])
    assert again.exit_code == 0 and again.output.startswith("0 renewed, 0 failed"), again.output


def test_the_document_page_shows_the_long_term_status_and_the_next_renewal(world, browser):
    from docflow.workflow.context import VN_TZ

    doc = issued_document(world, dispatch=False)
    status = world.db.get(ArchiveStatus, doc.main_file.id)
    browser.login("snnmt.clerk")
    page = browser.get(f"/documents/{doc.id}").get_data(as_text=True)
    assert "Tình trạng lưu trữ dài hạn" in page and "PAdES B-LTA" in page
    assert status.next_renewal_at.astimezone(VN_TZ).strftime("%d/%m/%Y") in page
    assert "bổ sung dữ liệu kiểm tra và dấu thời gian lưu trữ (PAdES B-LTA)" in page
