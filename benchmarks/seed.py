"""Fill a database with a province-to-nation data set for the performance benchmarks.

    python benchmarks/seed.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/docflow_bench \
        --data-dir /tmp/docflow-bench --scale 1.0 --seed 9 --drop

``--scale 1.0``: 200 agencies (5 divisions each), 10,000 users, 1,000,000 outgoing documents
spread over five years with their files and versions (upload, leader's signature, seal),
~1.6 deliveries per dispatched document with incoming numbers, deadlines and completions,
the workflow history (document_events), notifications, register counters and a hash-chained
audit trail computed here in Python. Smaller scales shrink documents and users (agencies
stay at 200 down to scale 0.05).

The schema is created by the migrations (``docflow.schema.upgrade``) in the database you
name; ``--drop`` drops and re-creates it first (PostgreSQL) or deletes the file (SQLite).
PostgreSQL is loaded with COPY (plain indexes dropped during the load and rebuilt after,
FK triggers disabled during the load: the generator only emits consistent references);
SQLite with executemany in large batches.

Blobs: a few real PDFs are signed once with docflow's own signing path (a scratch SQLite
installation sharing ``--data-dir``, so the same development CA and blob store) and every
generated version references one of their SHA-256s. ``<data-dir>/bench-verify-1mb.pdf`` is a
~1 MB PDF with two signatures (leader + seal) for the verification benchmark.

Every user's password is ``--password`` (one Argon2id hash with the real profile, shared).
User names: ``a<NNN>.<role><k>``, e.g. ``a007.leader1``, ``a007.clerk1``, ``a007.staff3``.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import datetime as dt
import hashlib
import json
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

UTC = dt.UTC
VN = dt.timezone(dt.timedelta(hours=7))
BASE_URL = "http://127.0.0.1:8800"  # the CRL prefix baked into the dev CA's certificates
PIN = "246810"
GENESIS = "0" * 64

SO = [
    ("Sở Tài nguyên và Môi trường", "STNMT"), ("Sở Tài chính", "STC"), ("Sở Kế hoạch và Đầu tư", "SKHĐT"),
    ("Sở Xây dựng", "SXD"), ("Sở Giao thông vận tải", "SGTVT"), ("Sở Nông nghiệp và Phát triển nông thôn", "SNN"),
    ("Sở Công Thương", "SCT"), ("Sở Giáo dục và Đào tạo", "SGDĐT"), ("Sở Y tế", "SYT"),
    ("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH"), ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"),
    ("Sở Khoa học và Công nghệ", "SKHCN"), ("Sở Tư pháp", "STP"), ("Sở Nội vụ", "SNV"),
    ("Thanh tra tỉnh", "TTT"), ("Văn phòng UBND tỉnh", "VPUBND"), ("Ủy ban nhân dân tỉnh", "UBND"),
    ("Ban Dân tộc", "BDT"), ("Ban Quản lý Khu kinh tế", "BQLKKT"), ("Bộ Nội vụ", "BNV"), ("Bộ Tài chính", "BTC"),
    ("Bộ Tài nguyên và Môi trường", "BTNMT"), ("Văn phòng Chính phủ", "VPCP"),
]
DISTRICTS = ["Bình Sơn", "Sơn Tịnh", "Tư Nghĩa", "Nghĩa Hành", "Mộ Đức", "Đức Phổ", "Ba Tơ", "Minh Long",
             "Sơn Hà", "Sơn Tây", "Trà Bồng", "Lý Sơn", "Quảng Ngãi"]
COMMUNES = ["Hành Thiện", "Nghĩa Kỳ", "Tịnh Phong", "Bình Châu", "Đức Lợi", "Phổ Thạnh", "Ba Động", "Long Hiệp",
            "Sơn Hạ", "Trà Phú", "An Vĩnh", "Nghĩa Điền", "Hành Minh", "Tịnh Hà", "Bình Hải", "Đức Chánh",
            "Phổ An", "Ba Vì", "Long Sơn", "Sơn Bao", "Trà Lâm", "Nghĩa Lâm", "Hành Đức", "Tịnh Bắc", "Bình Thạnh"]
DIVISIONS = [("Văn phòng", "VP"), ("Phòng Tổng hợp", "TH"), ("Phòng Kế hoạch - Tài chính", "KHTC"),
             ("Phòng Nghiệp vụ", "NV"), ("Thanh tra", "TTr")]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Đức", "Thu", "Kim", "Xuân", "Công"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Linh", "Long", "Mai", "Nam",
         "Nghĩa", "Ngọc", "Nhung", "Phúc", "Quang", "Sơn", "Tâm", "Thành", "Trí", "Tuấn", "Vinh", "Yến"]
VERBS = ["triển khai", "báo cáo kết quả", "rà soát", "đề nghị cấp kinh phí", "hướng dẫn thực hiện",
         "tổ chức kiểm tra", "góp ý dự thảo", "phê duyệt", "điều chỉnh", "tăng cường", "tổng kết", "thẩm định"]
OBJECTS = ["hồ sơ giao đất", "dự án đầu tư công", "chương trình xây dựng nông thôn mới",
           "công tác phòng chống thiên tai", "kế hoạch chuyển đổi số", "quy hoạch sử dụng đất",
           "công tác cải cách hành chính", "bồi thường giải phóng mặt bằng", "dự toán ngân sách",
           "công tác tuyển sinh", "tiêm chủng mở rộng", "an toàn thực phẩm", "cấp giấy chứng nhận quyền sử dụng đất",
           "quản lý tài nguyên nước", "bảo vệ môi trường làng nghề", "hỗ trợ hộ nghèo",
           "sửa chữa đường giao thông nông thôn", "thanh tra công vụ", "thi đua khen thưởng", "phòng cháy chữa cháy"]
DOC_TYPES = [("CV", "", 50), ("QĐ", "QĐ", 15), ("TB", "TB", 8), ("BC", "BC", 8), ("KH", "KH", 6), ("TTr", "TTr", 5),
             ("GM", "GM", 4), ("CT", "CT", 1), ("HD", "HD", 2), ("BB", "BB", 1)]


def log(msg: str) -> None:
    print(msg, flush=True)


# -- sample PDFs, signed for real --------------------------------------------------------------------


def sample_pdfs(data_dir: Path) -> dict:
    """Sign two documents through docflow's workflow in a scratch SQLite installation that
    shares ``data_dir`` (CA, blob store): returns the SHA-256s and the recipient's report."""
    cache = data_dir / "seed-samples.json"
    if cache.is_file():
        samples = json.loads(cache.read_text())
        blobs = data_dir / "blobs"
        if all((blobs / s[:2] / s[2:4] / s).is_file() for s in samples["shas"]):
            return samples
    from sqlalchemy import select

    from docflow import create_app
    from docflow.models import Unit, User
    from docflow.pki import service as pki
    from docflow.pki.keystore import KdfParams
    from docflow.provisioning import ensure_base, ensure_demo
    from docflow.runtime import workflow_context
    from docflow.schema import upgrade
    from docflow.workflow import outgoing
    from docflow.workflow.outgoing import DraftInput, Upload
    from tests.support.pdfs import many_pages, official_letter

    scratch = data_dir / "seed-scratch.sqlite3"
    scratch.unlink(missing_ok=True)
    app = create_app({"data_dir": data_dir, "database_url": f"sqlite:///{scratch}", "tsa_url": "internal",
                      "base_url": BASE_URL, "extra": {"ratelimit_enabled": False}})
    engine = app.extensions["docflow.engine"]
    upgrade(engine)
    config = app.config["DOCFLOW"]
    db = app.extensions["docflow.write_sessionmaker"]()
    ensure_base(db, admin_password="Admin-pass-2026")  # noqa: S106 - a throw-away scratch installation
    ensure_demo(db, "Demo-pass-2026")
    ca = pki.ensure_dev_ca(config)
    fast = KdfParams.scrypt(log2_n=10)
    leader = db.execute(select(User).where(User.username == "stnmt.leader")).scalar_one()
    agency = db.get(Unit, leader.agency_id)
    pki.issue_personal_certificate(db, ca, leader, PIN, actor=None, kdf=fast, algorithm="ec-p256")
    pki.issue_seal_certificate(db, ca, agency, PIN, actor=None, kdf=fast, algorithm="ec-p256")
    db.commit()
    staff, clerk = (db.execute(select(User).where(User.username == u)).scalar_one()
                    for u in ("stnmt.staff", "stnmt.clerk"))
    recipient = db.execute(select(Unit).where(Unit.code == "UBNDNH")).scalar_one()
    ctx = workflow_context(db, config)
    out: dict = {"shas": [], "sizes": {}, "pages": {}}
    for kind, pdf in (("letter", official_letter(signer_title="", signer_name="")),
                      ("big", many_pages(4, image_bytes_per_page=240_000))):
        data = DraftInput(doc_type=outgoing.DocType.CV, subject="V/v mẫu hiệu năng", recipients=[recipient.id],
                          signer_id=leader.id, authority_line="KT. GIÁM ĐỐC")
        doc = outgoing.create_draft(db, ctx, staff, data, Upload("mau.pdf", pdf), [])
        outgoing.submit(db, ctx, staff, doc, doc.revision)
        outgoing.sign(db, ctx, leader, doc, doc.revision, PIN)
        outgoing.issue(db, ctx, clerk, doc, doc.revision, PIN)
        outgoing.dispatch(db, ctx, clerk, doc, doc.revision)
        db.commit()
        versions = doc.main_file.versions
        out[kind] = [v.sha256 for v in versions]
        out["shas"] += [v.sha256 for v in versions]
        for v in versions:
            out["sizes"][v.sha256] = v.size
            out["pages"][v.sha256] = v.page_count
        if kind == "letter":
            from docflow.models import Delivery

            delivery = db.execute(select(Delivery).where(Delivery.document_id == doc.id)).scalar_one()
            out["verdict"] = delivery.verdict
            out["report"] = delivery.verification
        else:
            (data_dir / "bench-verify-1mb.pdf").write_bytes(ctx.blobs.get(versions[-1].sha256))
    db.close()
    engine.dispose()
    scratch.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(str(scratch) + suffix).unlink(missing_ok=True)
    cache.write_text(json.dumps(out))
    return out


def password_hash(data_dir: Path, password: str) -> str:
    cache = data_dir / "seed-password-hash.txt"
    if cache.is_file():
        stored = cache.read_text().strip()
        from docflow.accounts.passwords import verify_password

        if verify_password(stored, password):
            return stored
    from docflow.accounts.passwords import hash_password

    stored = hash_password(password)
    cache.write_text(stored)
    return stored


# -- writers ---------------------------------------------------------------------------------------


class PgWriter:
    def __init__(self, url: str) -> None:
        import psycopg

        u = make_url(url)
        self.conn = psycopg.connect(host=u.host or "127.0.0.1", port=u.port or 5432, user=u.username or "postgres",
                                    password=u.password, dbname=u.database, autocommit=True)
        self.conn.execute("SET maintenance_work_mem = '1GB'")
        self.conn.execute("SET synchronous_commit = off")
        with contextlib.suppress(Exception):  # a server built without lz4 keeps pglz
            self.conn.execute("SET default_toast_compression = 'lz4'")
        self.indexes: list[tuple[str, str, str]] = []

    def prepare(self, tables: list[str]) -> None:
        rows = self.conn.execute("""
            SELECT i.tablename, i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY(%s)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""", [tables]).fetchall()
        self.indexes = [tuple(r) for r in rows]
        for _table, name, _def in self.indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        for table in tables:
            self.conn.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER ALL')

    def copy(self, table: str, columns: list[str], rows) -> int:
        n = 0
        cols = ", ".join(f'"{c}"' for c in columns)
        with self.conn.cursor() as cur, cur.copy(f'COPY "{table}" ({cols}) FROM STDIN') as cp:
            for row in rows:
                cp.write_row(row)
                n += 1
        return n

    def finish(self, tables: list[str]) -> list[tuple[str, float]]:
        times = []
        for table in tables:
            self.conn.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER ALL')
        for _table, name, definition in self.indexes:
            t0 = time.perf_counter()
            self.conn.execute(definition)
            times.append((f"index {name}", time.perf_counter() - t0))
        for table in tables:
            has_id = self.conn.execute("SELECT 1 FROM information_schema.columns WHERE table_name = %s "
                                       "AND column_name = 'id'", [table]).fetchone()
            seq = has_id and self.conn.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table]).fetchone()[0]
            if seq:
                self.conn.execute(f"SELECT setval('{seq}', coalesce((SELECT max(id) FROM \"{table}\"), 0) + 1, "  # noqa: S608
                                  "false)")
        t0 = time.perf_counter()
        self.conn.execute("VACUUM ANALYZE")
        times.append(("vacuum analyze", time.perf_counter() - t0))
        return times


def _sqlite_value(v):
    if isinstance(v, dt.datetime):
        return v.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


class SqliteWriter:
    def __init__(self, url: str) -> None:
        import sqlite3

        self.conn = sqlite3.connect(make_url(url).database, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.conn.execute("PRAGMA foreign_keys=OFF")

    def prepare(self, tables: list[str]) -> None:
        pass

    def copy(self, table: str, columns: list[str], rows, batch: int = 50_000) -> int:
        sql = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'  # noqa: S608
        n = 0
        chunk = []
        self.conn.execute("BEGIN")
        for row in rows:
            chunk.append(tuple(_sqlite_value(v) for v in row))
            if len(chunk) >= batch:
                self.conn.executemany(sql, chunk)
                n += len(chunk)
                chunk = []
        if chunk:
            self.conn.executemany(sql, chunk)
            n += len(chunk)
        self.conn.execute("COMMIT")
        return n

    def finish(self, tables: list[str]) -> list[tuple[str, float]]:
        t0 = time.perf_counter()
        self.conn.execute("ANALYZE")
        return [("analyze", time.perf_counter() - t0)]


# -- the data set ----------------------------------------------------------------------------------


def _digest(seq, at, actor_id, actor_name, agency_id, action, object_type, object_id, details, prev_hash) -> str:
    """Exactly docflow.audit.trail._digest for an event with result 'ok' and no ip."""
    payload = {"seq": seq, "at": at.isoformat(timespec="microseconds"), "actor_id": actor_id,
               "actor_name": actor_name, "agency_id": agency_id, "action": action, "object_type": object_type,
               "object_id": object_id, "result": "ok", "ip": "", "details": details, "prev_hash": prev_hash}
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


class Generator:
    def __init__(self, args, samples: dict, pw_hash: str) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.samples = samples
        self.pw_hash = pw_hash
        self.end = args.end
        self.start = self.end - dt.timedelta(days=365 * 5 + 1)
        scale = args.scale
        self.n_agencies = max(5, min(200, round(200 * scale / 0.05))) if scale < 0.05 else 200
        self.n_users = max(self.n_agencies * 14, round(10_000 * scale))
        self.n_docs = max(100, round(1_000_000 * scale))
        self.report = json.dumps(samples["report"], ensure_ascii=False, separators=(",", ":"))

    # units ---------------------------------------------------------------------------------------
    def units(self):
        rng, now = self.rng, self.start
        names = list(SO) + [(f"Ủy ban nhân dân huyện {d}", f"UBNDH{i:02d}") for i, d in enumerate(DISTRICTS)]
        i = 0
        while len(names) < self.n_agencies:
            c = COMMUNES[i % len(COMMUNES)]
            d = DISTRICTS[(i // len(COMMUNES)) % len(DISTRICTS)]
            names.append((f"Ủy ban nhân dân xã {c}, huyện {d}" + (f" ({i // 325 + 1})" if i >= 325 else ""),
                          f"UBNDX{i:03d}"))
            i += 1
        names = names[:self.n_agencies]
        rows = [(1, None, "province", "Tỉnh Quảng Ngãi", None, None, True, False, now)]
        self.agencies = []  # (id, code, weight)
        self.divisions: dict[int, list[tuple[int, str]]] = {}
        next_id = 2
        for k, (name, code) in enumerate(names):
            aid = next_id
            next_id += 1
            rows.append((aid, 1, "agency", name, code, aid, True, k == 0, now))
            weight = 6.0 if k < len(SO) else (3.0 if name.startswith("Ủy ban nhân dân huyện") else 1.0)
            self.agencies.append((aid, code, weight * rng.uniform(0.6, 1.4)))
        for aid, _code, _w in self.agencies:
            self.divisions[aid] = []
            for dname, dcode in DIVISIONS:
                rows.append((next_id, aid, "division", dname, dcode, aid, True, False, now))
                self.divisions[aid].append((next_id, dcode))
                next_id += 1
        self.code = {aid: code for aid, code, _w in self.agencies}
        return ["id", "parent_id", "kind", "name", "code", "agency_id", "active", "operator", "created_at"], rows

    # users ---------------------------------------------------------------------------------------
    def users(self):
        rng = self.rng
        per = self.n_users // self.n_agencies
        self.people: dict[int, dict[str, list[int]]] = {}
        self.user_unit: dict[int, int] = {}
        self.user_name: dict[int, str] = {}
        users, roles = [], []
        uid = 1
        layout = [("admin", 1), ("auditor", 1), ("clerk", 2), ("leader", 3), ("reviewer", 4)]
        for n, (aid, _code, _w) in enumerate(self.agencies):
            people = defaultdict(list)
            slots = [r for r, k in layout for _ in range(k)]
            slots += ["staff"] * max(3, per - len(slots))
            counters = defaultdict(int)
            for role in slots:
                counters[role] += 1
                if role == "leader":
                    unit = aid
                elif role in ("admin", "auditor", "clerk"):
                    unit = self.divisions[aid][0][0]
                else:
                    unit = self.divisions[aid][rng.randrange(1, len(DIVISIONS))][0]
                name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
                title = {"leader": "Phó Giám đốc", "clerk": "Văn thư", "reviewer": "Trưởng phòng",
                         "admin": "Quản trị hệ thống", "auditor": "Thanh tra viên"}.get(role, "Chuyên viên")
                users.append((uid, f"a{n + 1:03d}.{role}{counters[role]}", name, title, None, unit, aid, self.pw_hash,
                              True, None, 0, None, None, f"{uid:032x}", False, self.start))
                roles.append((uid, role))
                if role == "reviewer":
                    roles.append((uid, "staff"))
                    people["staff"].append(uid)
                people[role].append(uid)
                self.user_unit[uid] = unit
                self.user_name[uid] = name
                uid += 1
            self.people[aid] = people
        cols = ["id", "username", "full_name", "title", "email", "unit_id", "agency_id", "password_hash", "active",
                "locale", "failed_logins", "locked_until", "last_login_at", "session_nonce", "must_change_password",
                "created_at"]
        return cols, users, ["user_id", "role"], roles

    # documents -----------------------------------------------------------------------------------
    def documents(self):
        """Document rows, in creation order (ids grow with time); keeps what later tables need."""
        rng = self.rng
        span = (self.end - self.start).total_seconds()
        start_ts = self.start.timestamp()
        end_ts = self.end.timestamp()
        recent = end_ts - 30 * 86400
        created = sorted(start_ts + rng.random() * span * 0.999 for _ in range(self.n_docs))
        weights = [w for _a, _c, w in self.agencies]
        cum = []
        total = 0.0
        for w in weights:
            total += w
            cum.append(total)
        types = [t for t, _a, _w in DOC_TYPES]
        tweights = [w for _t, _a, w in DOC_TYPES]
        abbr = {t: a for t, a, _w in DOC_TYPES}
        agency_ids = [a for a, _c, _w in self.agencies]
        numbers: dict[tuple[int, int], int] = defaultdict(int)
        self.docs = []  # compact tuples for later tables
        fromts = dt.datetime.fromtimestamp
        for i, ts in enumerate(created, start=1):
            aid = agency_ids[bisect.bisect_left(cum, rng.random() * total)]
            ppl = self.people[aid]
            div_id, div_code = self.divisions[aid][rng.randrange(1, len(DIVISIONS))]
            creator = rng.choice(ppl["staff"])
            signer = rng.choice(ppl["leader"])
            reviewer = rng.choice(ppl["reviewer"]) if rng.random() < 0.6 else None
            clerk = rng.choice(ppl["clerk"])
            dtype = rng.choices(types, tweights)[0]
            subject = (f"V/v {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
                       f"{'xã ' + rng.choice(COMMUNES) if rng.random() < 0.5 else 'huyện ' + rng.choice(DISTRICTS)}")
            r = rng.random()
            if ts < recent:
                status = "dispatched" if r < 0.96 else ("recalled" if r < 0.97 else "draft")
            else:
                status = ("draft" if r < 0.15 else "in_review" if r < 0.25 else "awaiting_signature" if r < 0.35
                          else "returned" if r < 0.40 else "signed" if r < 0.45 else "issued" if r < 0.50
                          else "dispatched")
            if status == "in_review" and reviewer is None:
                status = "awaiting_signature"
            stage = {"draft": 0, "returned": 1, "in_review": 1, "awaiting_signature": 2, "signed": 3, "issued": 4,
                     "dispatched": 5, "recalled": 6}[status]
            t_submit = ts + rng.uniform(600, 86400)
            t_sign = t_submit + rng.uniform(3600, 3 * 86400)
            t_issue = t_sign + rng.uniform(600, 86400)
            t_dispatch = t_issue + rng.uniform(60, 7200)
            t_recall = t_dispatch + rng.uniform(3600, 10 * 86400)
            last = [ts, t_submit, t_submit, t_submit, t_sign, t_issue, t_dispatch, t_recall][stage + 1] \
                if stage < 6 else t_recall
            last = min(last, end_ts - 1)
            year = number = notation = None
            if stage >= 4:
                t_issue = min(t_issue, end_ts - 2)
                year = fromts(t_issue, VN).year
                numbers[(aid, year)] += 1
                number = numbers[(aid, year)]
                code = self.code[aid]
                notation = (f"{number:02d}/{self.code[aid]}-{div_code}" if dtype == "CV"
                            else f"{number:02d}/{abbr[dtype]}-{code}")
            n_rec = 1 if rng.random() < 0.6 else (2 if rng.random() < 0.6 else rng.randint(3, 5))
            n_rec = min(n_rec, len(agency_ids) - 1)
            recipients = []
            while len(recipients) < n_rec:
                rec = agency_ids[bisect.bisect_left(cum, rng.random() * total)]
                if rec != aid and rec not in recipients:
                    recipients.append(rec)
            urgency = rng.choices(["normal", "urgent", "very_urgent", "express"], [85, 10, 4, 1])[0]
            conf = "normal" if rng.random() < 0.95 else "confidential"
            deadline = (fromts(ts, VN).date() + dt.timedelta(days=rng.randint(7, 30))) if rng.random() < 0.7 else None
            t = lambda x: fromts(x, UTC)  # noqa: E731
            row = (i, aid, div_id, creator, dtype, subject, urgency, conf, status, reviewer, signer,
                   "KT. GIÁM ĐỐC", deadline, json.dumps(recipients), year, number, notation,
                   t(t_issue) if stage >= 4 else None, clerk if stage >= 4 else None,
                   t(t_sign) if stage >= 3 else None, t(t_dispatch) if stage >= 5 else None, None,
                   t(t_recall) if stage == 6 else None, "Thu hồi để sửa sai sót" if stage == 6 else None,
                   t(ts), t(last), 1 + stage)
            self.docs.append((i, aid, stage, creator, reviewer, signer, clerk, ts, t_submit, t_sign, t_issue,
                              t_dispatch, t_recall, recipients, deadline, dtype, notation, subject))
            yield row
        self.out_numbers = numbers

    DOC_COLS = ["id", "agency_id", "unit_id", "created_by_id", "doc_type", "subject", "urgency", "confidentiality",
                "status", "reviewer_id", "signer_id", "authority_line", "handling_deadline", "recipients", "year",
                "number", "notation", "issued_at", "issued_by_id", "signed_at", "dispatched_at", "replaces_id",
                "recalled_at", "recall_reason", "created_at", "updated_at", "revision"]

    def files(self):
        for d in self.docs:
            yield (d[0], d[0], "main", 0, "van-ban.pdf")

    def versions(self):
        letter = self.samples["letter"]
        sizes, pages = self.samples["sizes"], self.samples["pages"]
        fromts = dt.datetime.fromtimestamp
        vid = 0
        for d in self.docs:
            doc_id, stage, creator, signer, clerk = d[0], d[2], d[3], d[5], d[6]
            steps = [("upload", None, creator, d[7], {})]
            if stage >= 3:
                steps.append(("signature", "Signature1", signer, d[9],
                              {"page": 1, "box": [330.0, 120.0, 530.0, 200.0], "timestamped": True}))
            if stage >= 4:
                steps.append(("seal", "Seal1", clerk, d[10], {"page": 1, "box": [300.0, 110.0, 420.0, 230.0]}))
            for seq, (reason, field, actor, ts, details) in enumerate(steps, start=1):
                vid += 1
                sha = letter[seq - 1]
                yield (vid, doc_id, seq, sha, sizes[sha], reason, field, actor, fromts(ts, UTC), pages[sha] or 1,
                       json.dumps(details))

    VERSION_COLS = ["id", "file_id", "seq", "sha256", "size", "reason", "signature_field", "created_by_id",
                    "created_at", "page_count", "details"]

    def deliveries(self):
        rng = self.rng
        fromts = dt.datetime.fromtimestamp
        end_ts = self.end.timestamp()
        sealed = self.samples["letter"][-1]
        numbers: dict[tuple[int, int], int] = defaultdict(int)
        self.dels = []
        did = 0
        recent = end_ts - 30 * 86400
        for d in self.docs:
            if d[2] < 5:
                continue
            doc_id, t_dispatch, recalled = d[0], d[11], d[2] == 6
            for rec in d[13]:
                did += 1
                ppl = self.people[rec]
                t_recv = t_dispatch + rng.uniform(1, 60)
                r = rng.random()
                if t_recv > end_ts - 2 * 86400 and r < 0.5:
                    stage = 0  # received, not yet registered
                elif r < 0.01:
                    stage = -1  # refused
                else:
                    stage = 4 if t_recv < recent and rng.random() < 0.96 else rng.choice([1, 2, 3, 4])
                t_reg = t_recv + rng.uniform(600, 36 * 3600)
                t_assign = t_reg + rng.uniform(600, 48 * 3600)
                t_start = t_assign + rng.uniform(600, 24 * 3600)
                has_deadline = rng.random() < 0.75
                deadline = fromts(t_assign, VN).date() + dt.timedelta(days=rng.randint(5, 20)) if has_deadline else None
                late = rng.random() < 0.18
                t_done = t_start + (rng.uniform(1, 22) * 86400 if late else rng.uniform(0.2, 4) * 86400)
                times = [t_reg, t_assign, t_start, t_done]
                while stage > 0 and times[stage - 1] > end_ts - 60:
                    stage -= 1
                status = {-1: "refused", 0: "received", 1: "registered", 2: "assigned", 3: "in_progress",
                          4: "completed"}[stage]
                if recalled:
                    status = "recalled"
                inc_year = inc_no = None
                if stage >= 1:
                    inc_year = fromts(t_reg, VN).year
                    numbers[(rec, inc_year)] += 1
                    inc_no = numbers[(rec, inc_year)]
                clerk = rng.choice(ppl["clerk"])
                leader = rng.choice(ppl["leader"])
                lead_unit = self.divisions[rec][rng.randrange(1, len(DIVISIONS))][0] if stage >= 2 else None
                handler = None
                if stage >= 2 and rng.random() < 0.7:
                    cands = [u for u in ppl["staff"] if self.user_unit[u] == lead_unit] or ppl["staff"]
                    handler = rng.choice(cands)
                t = lambda x: fromts(x, UTC)  # noqa: E731
                yield (did, doc_id, rec, status, t(t_recv), self.samples["verdict"], self.report, sealed,
                       "Sai nơi nhận" if stage == -1 else None, inc_year, inc_no,
                       t(t_reg) if stage >= 1 else None, clerk if stage >= 1 else None, None, lead_unit, handler,
                       deadline if stage >= 2 else None, t(t_assign) if stage >= 2 else None,
                       leader if stage >= 2 else None, "Chủ trì, tham mưu xử lý" if stage >= 2 else None,
                       t(t_start) if stage >= 3 else None, t(t_done) if stage >= 4 else None,
                       "Đã xử lý xong" if stage >= 4 else None, None, recalled, 1 + max(stage, 0))
                self.dels.append((did, doc_id, rec, stage, clerk, leader, handler, t_recv, t_reg, t_assign, t_start,
                                  t_done, inc_no, lead_unit))
        self.in_numbers = numbers

    DELIVERY_COLS = ["id", "document_id", "recipient_agency_id", "status", "received_at", "verdict", "verification",
                     "verified_sha256", "refused_reason", "incoming_year", "incoming_number", "registered_at",
                     "registered_by_id", "duplicate_warning", "lead_unit_id", "handler_id", "deadline", "assigned_at",
                     "assigned_by_id", "direction", "started_at", "completed_at", "completion_note",
                     "reply_document_id", "frozen", "revision"]

    def events(self):
        """document_events rows; also collects the audit events (signing, numbering, registering)."""
        fromts = dt.datetime.fromtimestamp
        self.audit = []
        eid = 0
        for d in self.docs:
            doc_id, aid, stage, creator, reviewer, signer, clerk = d[:7]
            steps = [("created", creator, d[7], None, "{}")]
            if stage >= 1:
                steps.append(("submitted", creator, d[8], None, "{}"))
            if stage >= 2 and reviewer:
                steps.append(("forwarded", reviewer, d[8] + 60, "Kính trình lãnh đạo", "{}"))
            if stage >= 3:
                steps.append(("signed", signer, d[9], None, '{"field": "Signature1", "timestamped": true}'))
                self.audit.append((d[9], signer, aid, "document.sign", "document", doc_id))
            if stage >= 4:
                steps.append(("issued", clerk, d[10], None, json.dumps({"notation": d[16]}, ensure_ascii=False)))
                self.audit.append((d[10], clerk, aid, "document.issue", "document", doc_id))
            if stage >= 5:
                steps.append(("dispatched", clerk, d[11], None, json.dumps({"recipients": d[13]})))
            if stage >= 6:
                steps.append(("recalled", clerk, d[12], "Thu hồi để sửa sai sót", "{}"))
            for action, actor, ts, comment, details in steps:
                eid += 1
                yield (eid, doc_id, None, actor, action, comment, details, fromts(ts, UTC))
        for x in self.dels:
            did, doc_id, rec, stage, clerk, leader, handler, t_recv, t_reg, t_assign, t_start, t_done, inc_no, lu = x
            steps = [("received", None, t_recv, None, '{"verdict": "TOTAL_PASSED"}')]
            if stage == -1:
                steps.append(("refused", clerk, t_recv + 3600, "Sai nơi nhận", "{}"))
            if stage >= 1:
                steps.append(("registered", clerk, t_reg, None, json.dumps({"number": inc_no})))
                self.audit.append((t_reg, clerk, rec, "delivery.register", "delivery", did))
            if stage >= 2:
                steps.append(("assigned", leader, t_assign, "Chủ trì, tham mưu xử lý",
                              json.dumps({"lead_unit_id": lu})))
            if stage >= 3:
                steps.append(("started", handler or clerk, t_start, None, "{}"))
            if stage >= 4:
                steps.append(("completed", handler or clerk, t_done, "Đã xử lý xong", "{}"))
            for action, actor, ts, comment, details in steps:
                eid += 1
                yield (eid, doc_id, did, actor, action, comment, details, fromts(ts, UTC))

    EVENT_COLS = ["id", "document_id", "delivery_id", "actor_id", "action", "comment", "details", "at"]

    def audit_rows(self):
        """The hash chain, in time order, exactly as docflow.audit.record would have written it."""
        self.audit.sort()
        prev = GENESIS
        fromts = dt.datetime.fromtimestamp
        seq = 0
        for ts, actor, agency, action, otype, oid in self.audit:
            seq += 1
            at = fromts(ts, UTC)
            name = self.user_name.get(actor, "")
            h = _digest(seq, at, actor, name, agency, action, otype, str(oid), {}, prev)
            yield (seq, seq, at, actor, name, agency, action, otype, str(oid), "ok", "", "{}", prev, h)
            prev = h
        self.audit_head = (seq, prev)
        self.audit = []

    AUDIT_COLS = ["id", "seq", "at", "actor_id", "actor_name", "agency_id", "action", "object_type", "object_id",
                  "result", "ip", "details", "prev_hash", "hash"]

    def notifications(self):
        rng = self.rng
        fromts = dt.datetime.fromtimestamp
        end_ts = self.end.timestamp()
        nid = 0
        for uid in self.user_unit:
            for k in range(10):
                nid += 1
                ts = end_ts - rng.uniform(0, 60 * 86400)
                doc = self.docs[rng.randrange(len(self.docs))]
                yield (nid, uid, doc[0], None, "A document awaits you: %(subject)s",
                       json.dumps({"subject": doc[17]}, ensure_ascii=False), False, fromts(ts, UTC),
                       None if k < 3 else fromts(ts + 3600, UTC), False)

    NOTIFICATION_COLS = ["id", "user_id", "document_id", "delivery_id", "msgid", "params", "urgent", "created_at",
                         "read_at", "emailed"]

    def counters(self):
        for (aid, year), n in self.out_numbers.items():
            yield (aid, year, "outgoing", n)
        for (aid, year), n in self.in_numbers.items():
            yield (aid, year, "incoming", n)


TABLES = ["units", "users", "user_roles", "documents", "document_files", "file_versions", "deliveries",
          "document_events", "audit_events", "audit_head", "notifications", "register_counters"]


def create_database(url: str, drop: bool) -> None:
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        path = Path(u.database)
        if drop:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
    else:
        if u.database in {"postgres", "template0", "template1"} or "test" in (u.database or ""):
            raise SystemExit(f"refusing to seed {u.database!r}: name a benchmark database of its own")
        admin = create_engine(u.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": u.database}).scalar()
            if exists and drop:
                conn.execute(text(f'DROP DATABASE "{u.database}" WITH (FORCE)'))
                exists = False
            if not exists:
                conn.execute(text(f'CREATE DATABASE "{u.database}"'))
        admin.dispose()
    from docflow.db import make_engine
    from docflow.schema import upgrade

    engine = make_engine(url)
    with engine.connect() as conn:
        from sqlalchemy import inspect

        if "documents" in inspect(conn).get_table_names():
            n = conn.execute(text("SELECT count(*) FROM documents")).scalar()
            if n:
                raise SystemExit(f"the database already has {n} documents: pass --drop to start again")
    upgrade(engine)
    engine.dispose()


def seed(args) -> dict:
    t_all = time.perf_counter()
    data_dir = Path(args.data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    timings: list[tuple[str, int, float]] = []
    t0 = time.perf_counter()
    samples = sample_pdfs(data_dir)
    pw = password_hash(data_dir, args.password)
    timings.append(("sample PDFs + password hash", 0, time.perf_counter() - t0))
    t0 = time.perf_counter()
    create_database(args.database_url, args.drop)
    timings.append(("schema (migrations)", 0, time.perf_counter() - t0))
    writer = PgWriter(args.database_url) if args.database_url.startswith("postgresql") else SqliteWriter(
        args.database_url)
    writer.prepare(TABLES)
    gen = Generator(args, samples, pw)

    def load(table, cols, rows):
        t = time.perf_counter()
        n = writer.copy(table, cols, rows)
        timings.append((table, n, time.perf_counter() - t))
        log(f"  {table:<20} {n:>10,} rows  {timings[-1][2]:7.1f} s")

    cols, rows = gen.units()
    load("units", cols, rows)
    ucols, urows, rcols, rrows = gen.users()
    load("users", ucols, urows)
    load("user_roles", rcols, rrows)
    load("documents", gen.DOC_COLS, gen.documents())
    load("document_files", ["id", "document_id", "role", "position", "filename"], gen.files())
    load("file_versions", gen.VERSION_COLS, gen.versions())
    load("deliveries", gen.DELIVERY_COLS, gen.deliveries())
    load("document_events", gen.EVENT_COLS, gen.events())
    load("audit_events", gen.AUDIT_COLS, gen.audit_rows())
    load("audit_head", ["id", "seq", "hash"], [(1, *gen.audit_head)])
    load("notifications", gen.NOTIFICATION_COLS, gen.notifications())
    load("register_counters", ["agency_id", "year", "kind", "last_number"], gen.counters())
    for name, seconds in writer.finish(TABLES):
        timings.append((name, 0, seconds))
        log(f"  {name:<44} {seconds:7.1f} s")
    total = time.perf_counter() - t_all
    log(f"total {total:.1f} s ({total / 60:.1f} min)")
    summary = {"database_url": make_url(args.database_url).render_as_string(hide_password=True),
               "scale": args.scale, "seed": args.seed, "end": args.end.isoformat(), "total_seconds": round(total, 1),
               "timings": [{"step": s, "rows": n, "seconds": round(t, 2)} for s, n, t in timings],
               "bench_password": args.password, "verify_pdf": str(data_dir / "bench-verify-1mb.pdf")}
    (data_dir / "seed-summary.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    return summary


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--database-url", required=True)
    ap.add_argument("--data-dir", default="/tmp/docflow-bench", help="instance folder: blobs, CA, samples")
    ap.add_argument("--scale", type=float, default=1.0, help="1.0 = 1,000,000 documents and 10,000 users")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--end", type=lambda s: dt.datetime.fromisoformat(s).replace(tzinfo=UTC),
                    default=dt.datetime.now(UTC).replace(minute=0, second=0, microsecond=0),
                    help="the data set's 'now' (ISO date; default: this hour)")
    ap.add_argument("--password", default=os.environ.get("DOCFLOW_BENCH_PASSWORD", "Bench-pass-2026"))
    ap.add_argument("--drop", action="store_true", help="drop and re-create the database first")
    seed(ap.parse_args(argv))


if __name__ == "__main__":
    main()
