"""The docflow command: init, demo, users, audit verify."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select, text

from docflow.models import AuditEvent, User


def run(app, *args: str, env: dict | None = None):
    runner = app.test_cli_runner()
    return runner.invoke(args=list(args), env=env, catch_exceptions=False)


def test_init_is_idempotent_and_prints_the_admin_password(app, db):
    first = run(app, "init")
    assert first.exit_code == 0 and "Administrator: admin  password: " in first.output
    second = run(app, "init")
    assert second.exit_code == 0 and "already exists" in second.output
    assert db.execute(select(User).where(User.username == "admin")).scalar_one().has_role("admin")


def test_init_takes_the_admin_password_from_the_environment(app, browser):
    run(app, "init", env={"DOCFLOW_ADMIN_PASSWORD": "Quan-tri-2026"})
    assert browser.login("admin", "Quan-tri-2026").status_code == 302


def test_demo_is_idempotent_and_lists_logins(app, db, browser):
    run(app, "init")
    out1 = run(app, "demo", env={"DOCFLOW_DEMO_PASSWORD": "Demo-cli-2026"}).output
    count = db.execute(select(User)).scalars().all()
    out2 = run(app, "demo", env={"DOCFLOW_DEMO_PASSWORD": "Demo-cli-2026"}).output
    db.commit()
    assert len(db.execute(select(User)).scalars().all()) == len(count) >= 31
    for username in ("snnmt.leader", "snnmt.clerk", "stc.staff", "ubndxnh.leader", "ubndxtt.clerk", "ubnd.auditor"):
        assert username in out1 and username in out2
    assert "Sở Nông nghiệp và Môi trường" in out1
    assert browser.login("ubndxtt.leader", "Demo-cli-2026").status_code == 302


def test_users_commands(app, db):
    run(app, "init")
    run(app, "demo")
    created = run(app, "users", "create", "--username", "snnmt.moi", "--full-name", "Người Mới",
                  "--unit", str(db.execute(select(User).where(User.username == "snnmt.staff")).scalar_one().unit_id),
                  "--role", "staff")
    assert created.exit_code == 0 and "one-time password" in created.output
    assert run(app, "users", "deactivate", "snnmt.moi").exit_code == 0
    db.commit()
    assert db.execute(select(User).where(User.username == "snnmt.moi")).scalar_one().active is False
    listing = run(app, "users", "list").output
    assert "snnmt.moi" in listing and "(inactive)" in listing


def test_audit_verify_detects_an_edited_and_a_deleted_row(app, db):
    run(app, "init")
    run(app, "demo")
    ok = run(app, "audit", "verify")
    assert ok.exit_code == 0 and "intact" in ok.output
    target = db.execute(select(AuditEvent).where(AuditEvent.seq == 5)).scalar_one()
    db.execute(text("UPDATE audit_events SET actor_name = 'Kẻ giả mạo' WHERE seq = 5"))
    db.commit()
    edited = app.test_cli_runner().invoke(args=["audit", "verify"])
    assert edited.exit_code == 1 and "event 5" in edited.output and "altered" in edited.output
    db.execute(text("UPDATE audit_events SET actor_name = :n WHERE seq = 5"), {"n": target.actor_name})
    db.execute(text("DELETE FROM audit_events WHERE seq = 9"))
    db.commit()
    deleted = app.test_cli_runner().invoke(args=["audit", "verify"])
    assert deleted.exit_code == 1 and "event 9 is missing" in deleted.output


def test_console_script_and_flask_app_option_both_work(tmp_path: Path):
    env = {**os.environ, "DOCFLOW_DATA_DIR": str(tmp_path)}
    env.pop("DOCFLOW_DATABASE_URL", None)
    bindir = Path(sys.executable).parent
    out = subprocess.run([str(bindir / "docflow"), "init"], env=env, capture_output=True, text=True, check=True)
    assert "Administrator: admin" in out.stdout
    out = subprocess.run([str(bindir / "flask"), "--app", "docflow", "db", "current"], env=env,
                         capture_output=True, text=True, check=True)
    assert "(head:" in out.stdout and "(empty)" not in out.stdout
