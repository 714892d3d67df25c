"""Load test of the pages and API calls users hit most, against gunicorn on loopback.

    python benchmarks/web.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/docflow_bench \
        --data-dir /tmp/docflow-bench --users 1,10,50

Runs against a database filled by ``benchmarks/seed.py`` (same ``--data-dir``: blobs, CA and
the 1 MB two-signature PDF). Starts gunicorn (``--workers 2`` by default; ``--nodes 2`` starts
two gunicorn nodes on two ports sharing the database and the data directory, and the driver
spreads users across them), logs in as real seeded users (a login form with its CSRF token,
then the session cookie), and for each concurrency level and each call runs a bounded phase:
every virtual user (a thread with its own HTTP session) repeats the call until the phase's
request budget is spent or ``--phase-seconds`` passed. Prints per call: requests/s, p50, p95,
p99, errors; and the peak RSS (VmHWM) of every gunicorn worker at the end.

Calls: desk (clerk/leader/staff desks in turn), document page, search by notation, search by
words, incoming register for last year, statistics dashboard (last year), API verification
of the uploaded 1 MB PDF with two signatures, and signing with PIN (the leader's POST on the
document page form, JSON answer; the documents are drafted and submitted here first through
the workflow services, and their signers get certificates with the production key wrapping).

Loopback only; bounded request counts and durations.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

BASE_URL = "http://127.0.0.1:8800"  # must match seed.py (CRL prefix of the dev CA)
PIN = "246810"
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
CALLS = ["desk", "document", "search_notation", "search_words", "register_year", "stats", "verify_api", "sign_pin"]


# -- preparation (in-process, on the seeded database) ----------------------------------------------


def _app(args):
    from docflow import create_app

    return create_app({"data_dir": Path(args.data_dir), "database_url": args.database_url, "tsa_url": "internal",
                       "base_url": BASE_URL, "extra": {"ratelimit_enabled": False}})


def prepare(args) -> dict:
    """Pick users and objects; give signers certificates; draft the documents to sign; API tokens."""
    from sqlalchemy import func, select

    from docflow.api import tokens
    from docflow.models import Delivery, DocStatus, Document, Role, Unit, User, UserRole
    from docflow.pki import service as pki
    from docflow.pki.keystore import ARGON2ID_DEFAULT, KdfParams
    from docflow.runtime import workflow_context
    from docflow.workflow import outgoing
    from docflow.workflow.outgoing import DraftInput, Upload

    app = _app(args)
    config = app.config["DOCFLOW"]
    db = app.extensions["docflow.write_sessionmaker"]()
    # the busiest agencies (by documents): their users see the biggest lists
    busiest = [a for a, _n in db.execute(select(Document.agency_id, func.count()).group_by(Document.agency_id)
                                         .order_by(func.count().desc()).limit(12)).all()]
    last_year = dt.date.today().year - 1

    def users_with(role: Role, agency_ids) -> list[User]:
        return list(db.execute(select(User).join(UserRole).where(UserRole.role == role, User.agency_id.in_(agency_ids))
                               .order_by(User.id)).scalars())

    clerks, leaders, staff = (users_with(r, busiest) for r in (Role.CLERK, Role.LEADER, Role.STAFF))
    desk_users = [u.username for trio in zip(clerks, leaders, staff, strict=False) for u in trio]
    reg_users = [u.username for u in clerks]
    stat_users = [u.username for u in leaders]
    docs: dict[str, list[int]] = {}
    notations: dict[str, list[str]] = {}
    for u in clerks:
        rows = db.execute(select(Document.id, Document.notation).where(
            Document.agency_id == u.agency_id, Document.notation.is_not(None), Document.confidentiality == "normal")
            .order_by(Document.id.desc()).limit(200)).all()
        docs[u.username] = [r[0] for r in rows]
        notations[u.username] = [r[1] for r in rows]
    # signing: a few leaders with certificates (production key wrapping unless --fast-kdf)
    ca = pki.ensure_dev_ca(config)
    kdf = KdfParams.scrypt(log2_n=10) if args.fast_kdf else ARGON2ID_DEFAULT
    signers = leaders[: args.signers]
    for leader in signers:
        if pki.active_certificate(db, user=leader) is None:
            pki.issue_personal_certificate(db, ca, leader, PIN, actor=None, kdf=kdf)
    db.commit()
    ctx = workflow_context(db, config)
    from tests.support.pdfs import official_letter

    letter = official_letter(signer_title="", signer_name="")
    to_sign: dict[str, list[int]] = defaultdict(list)
    # client i of a level signs as signers[i % S]; the k-th request of a level would go to client
    # k % users, but threads race for the shared budget, so each signer gets a quarter more
    # documents than its share (one run at 50 users ended with two clients out of documents)
    plan_leaders = [signers[(k % u) % len(signers)]
                    for u in args.levels for k in range(max(args.min_sign, 2 * u) * 5 // 4 + len(signers))]
    for k, leader in enumerate(plan_leaders if "sign_pin" in args.calls else []):
        creator = db.execute(select(User).join(UserRole).where(UserRole.role == Role.STAFF,
                                                                 User.agency_id == leader.agency_id)).scalars().first()
        other = db.execute(select(Unit.id).where(Unit.kind == "agency", Unit.id != leader.agency_id)).scalars().first()
        doc = outgoing.create_draft(db, ctx, creator, DraftInput(
            doc_type=outgoing.DocType.CV, subject=f"V/v đo hiệu năng ký số {k}", recipients=[other],
            signer_id=leader.id, authority_line="KT. GIÁM ĐỐC"), Upload("bench.pdf", letter), [])
        outgoing.submit(db, ctx, creator, doc, doc.revision)
        to_sign[leader.username].append(doc.id)
    db.commit()
    verify_tokens = []
    for u in clerks[:4]:
        verify_tokens.append(tokens.create_token(db, u, u, f"bench {time.time():.0f}", days=1).token)
    db.commit()
    n_docs = db.execute(select(func.count()).select_from(Document)).scalar()
    n_del = db.execute(select(func.count()).select_from(Delivery)).scalar()
    awaiting = db.execute(select(func.count()).select_from(Document).where(
        Document.status == DocStatus.AWAITING_SIGNATURE)).scalar()
    db.close()
    app.extensions["docflow.engine"].dispose()
    return {"desk": desk_users, "register": reg_users, "stats": stat_users, "docs": docs, "notations": notations,
            "to_sign": dict(to_sign), "signers": [u.username for u in signers], "tokens": verify_tokens,
            "year": last_year, "documents": n_docs,
            "deliveries": n_del, "awaiting": awaiting}


# -- gunicorn ----------------------------------------------------------------------------------------


def start_node(args, port: int) -> subprocess.Popen:
    data_dir = Path(args.data_dir).resolve()
    toml = data_dir / "bench.toml"
    toml.write_text("[extra]\nratelimit_enabled = false\n")
    secret = (data_dir / "secret_key").read_text().strip()
    import hashlib
    import hmac

    # the passphrase docflow derives in development, given explicitly (production requires it)
    passphrase = hmac.new(secret.encode(), b"docflow development CA passphrase", hashlib.sha256).hexdigest()
    env = {**os.environ, "DOCFLOW_ENV": "production", "DOCFLOW_SECRET_KEY": secret,
           "DOCFLOW_CA_PASSPHRASE": passphrase, "DOCFLOW_DATA_DIR": str(data_dir),
           "DOCFLOW_DATABASE_URL": args.database_url, "DOCFLOW_TSA_URL": "internal", "DOCFLOW_BASE_URL": BASE_URL,
           "DOCFLOW_CONFIG_FILE": str(toml)}
    cmd = [sys.executable, "-m", "gunicorn", "-w", str(args.workers), "-b", f"127.0.0.1:{port}", "--timeout", "120",
           "--worker-class", args.worker_class, "--log-level", "warning", "wsgi:app"]
    if args.worker_class == "gthread":
        cmd[cmd.index("--worker-class"):cmd.index("--worker-class")] = ["--threads", str(args.threads)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/login", timeout=2).status_code == 200:
                return proc
        except requests.RequestException:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"gunicorn on port {port} exited with {proc.returncode}")
        time.sleep(0.5)
    raise SystemExit(f"gunicorn on port {port} did not answer within 60 s")


def worker_pids(master: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                out.append(int(entry.name))
    return sorted(out)


def peak_rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def stop_node(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


# -- the driver --------------------------------------------------------------------------------------


class Client:
    def __init__(self, base: str, username: str, password: str) -> None:
        self.base = base
        self.http = requests.Session()
        page = self.http.get(f"{base}/login", timeout=30)
        token = _CSRF.search(page.text).group(1)
        r = self.http.post(f"{base}/login", data={"username": username, "password": password, "csrf_token": token,
                                                   "next": ""}, timeout=60, allow_redirects=False)
        if r.status_code != 302:
            raise RuntimeError(f"login of {username} failed: {r.status_code}")
        self.username = username
        self._csrf = None

    def csrf(self) -> str:
        if self._csrf is None:
            self._csrf = _CSRF.search(self.http.get(f"{self.base}/desk", timeout=30).text).group(1)
        return self._csrf


def run_phase(name: str, clients: list, budget: int, seconds: float, make_request) -> dict:
    """``len(clients)`` threads share a budget of requests; returns the latencies and errors."""
    lock = threading.Lock()
    state = {"left": budget, "errors": 0, "lat": [], "codes": defaultdict(int)}
    stop_at = time.monotonic() + seconds

    def worker(idx: int, client) -> None:
        k = 0
        while time.monotonic() < stop_at:
            with lock:
                if state["left"] <= 0:
                    return
                state["left"] -= 1
            t0 = time.perf_counter()
            try:
                ok, code = make_request(client, idx, k)
            except requests.RequestException as err:
                ok, code = False, type(err).__name__
            elapsed = time.perf_counter() - t0
            with lock:
                state["lat"].append(elapsed)
                state["codes"][code] += 1
                if not ok:
                    state["errors"] += 1
            k += 1

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat = sorted(state["lat"])

    def pct(p):
        return lat[min(len(lat) - 1, int(round(p / 100 * (len(lat) - 1))))] * 1000 if lat else float("nan")

    return {"call": name, "requests": len(lat), "rps": len(lat) / wall if wall else 0.0, "p50": pct(50),
            "p95": pct(95), "p99": pct(99), "errors": state["errors"], "codes": dict(state["codes"]),
            "wall": wall}


def bench_level(args, plan: dict, bases: list[str], users: int, sign_pool: dict[str, list[int]]) -> list[dict]:
    password = args.password
    results = []

    def logged_in(names: list[str]) -> list[Client]:
        out = []
        for i in range(users):
            out.append(Client(bases[i % len(bases)], names[i % len(names)], password))
        return out

    budget = max(args.min_requests, args.requests_per_user * users)
    seconds = args.phase_seconds
    ok = lambda r: (r.status_code == 200, r.status_code)  # noqa: E731
    calls = [c for c in args.calls.split(",") if c]
    if {"desk", "document", "search_notation", "search_words"} & set(calls):
        desk_clients = logged_in(plan["desk"])
    if "desk" in calls:
        results.append(run_phase("desk", desk_clients, budget, seconds,
                                 lambda c, i, k: ok(c.http.get(f"{c.base}/desk", timeout=120))))
    reg_clients = logged_in(plan["register"])
    if "document" in calls:
        def document(c, i, k):
            ids = plan["docs"][c.username] if c.username in plan["docs"] else plan["docs"][plan["register"][0]]
            return ok(c.http.get(f"{c.base}/documents/{ids[(i * 7 + k) % len(ids)]}", timeout=120))
        results.append(run_phase("document", reg_clients, budget, seconds, document))
    if "search_notation" in calls:
        def by_notation(c, i, k):
            ns = plan["notations"][c.username]
            return ok(c.http.get(f"{c.base}/documents", params={"q": ns[(i * 13 + k) % len(ns)]}, timeout=120))
        results.append(run_phase("search_notation", reg_clients, budget, seconds, by_notation))
    if "search_words" in calls:
        words = ["nông thôn mới", "giải phóng mặt bằng", "chuyển đổi số", "tiêm chủng", "Nghĩa Kỳ", "thi đua"]
        results.append(run_phase("search_words", reg_clients, budget, seconds, lambda c, i, k: ok(
            c.http.get(f"{c.base}/documents", params={"q": words[(i + k) % len(words)]}, timeout=120))))
    if "register_year" in calls:
        results.append(run_phase("register_year", reg_clients, budget, seconds, lambda c, i, k: ok(
            c.http.get(f"{c.base}/registers/{'incoming' if (i + k) % 2 else 'outgoing'}",
                       params={"year": plan["year"]}, timeout=120))))
    if "stats" in calls:
        stat_clients = logged_in(plan["stats"])
        results.append(run_phase("stats", stat_clients, budget, seconds, lambda c, i, k: ok(
            c.http.get(f"{c.base}/stats", params={"year": plan["year"]}, timeout=120))))
    if "verify_api" in calls:
        pdf = (Path(args.data_dir) / "bench-verify-1mb.pdf").read_bytes()
        api = [requests.Session() for _ in range(users)]
        for k, s in enumerate(api):
            s.headers["Authorization"] = f"Bearer {plan['tokens'][k % len(plan['tokens'])]}"
            s.base = bases[k % len(bases)]

        def verify(s, i, k):
            r = s.post(f"{s.base}/api/v1/verify", files={"file": ("van-ban.pdf", pdf, "application/pdf")}, timeout=120)
            good = r.status_code == 200 and r.json().get("verdict") == "TOTAL_PASSED"
            return good, r.status_code if good or r.status_code != 200 else r.json().get("verdict")
        results.append(run_phase("verify_api", api, budget, seconds, verify))
    if "sign_pin" in calls:
        signers = plan["signers"]
        clients = [Client(bases[i % len(bases)], signers[i % len(signers)], password) for i in range(users)]
        lock = threading.Lock()

        def sign(c, i, k):
            with lock:
                if not sign_pool[c.username]:
                    return False, "no document left"
                doc_id = sign_pool[c.username].pop()
            r = c.http.post(f"{c.base}/documents/{doc_id}/sign", data={
                "csrf_token": c.csrf(), "revision": 2, "pin": PIN, "page": "", "box": ""},
                headers={"Accept": "application/json"}, timeout=120)
            good = r.status_code == 200 and r.json().get("ok") is True
            return good, r.status_code if good else f"{r.status_code} {r.text[:80]}"
        sign_budget = max(args.min_sign, users * 2)
        results.append(run_phase("sign_pin", clients, sign_budget, seconds, sign))
    return results


def print_table(rows: list[dict], title: str) -> str:
    lines = [title, f"{'users':>5} {'call':<16} {'req':>5} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
             f"{'errors':>6}"]
    for r in rows:
        lines.append(f"{r['users']:>5} {r['call']:<16} {r['requests']:>5} {r['rps']:>7.1f} {r['p50']:>8.0f} "
                     f"{r['p95']:>8.0f} {r['p99']:>8.0f} {r['errors']:>6}")
    text = "\n".join(lines)
    print(text, flush=True)
    return text


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--database-url", required=True)
    ap.add_argument("--data-dir", default="/tmp/docflow-bench")
    ap.add_argument("--password", default=os.environ.get("DOCFLOW_BENCH_PASSWORD", "Bench-pass-2026"))
    ap.add_argument("--users", default="1,10,50")
    ap.add_argument("--calls", default=",".join(CALLS))
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--worker-class", default="sync", choices=["sync", "gthread"])
    ap.add_argument("--threads", type=int, default=4, help="threads per worker with --worker-class gthread")
    ap.add_argument("--nodes", type=int, default=1, choices=[1, 2])
    ap.add_argument("--port", type=int, default=8801)
    ap.add_argument("--requests-per-user", type=int, default=10)
    ap.add_argument("--min-requests", type=int, default=30)
    ap.add_argument("--phase-seconds", type=float, default=60.0)
    ap.add_argument("--signers", type=int, default=4)
    ap.add_argument("--min-sign", type=int, default=10)
    ap.add_argument("--fast-kdf", action="store_true", help="cheap key wrapping for the signers (not production)")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "web.json"))
    args = ap.parse_args(argv)
    levels = [int(x) for x in args.users.split(",")]
    args.levels = levels
    t0 = time.perf_counter()
    plan = prepare(args)
    print(f"prepared in {time.perf_counter() - t0:.1f} s: {plan['documents']:,} documents, "
          f"{plan['deliveries']:,} deliveries", flush=True)
    procs = [start_node(args, args.port + n) for n in range(args.nodes)]
    bases = [f"http://127.0.0.1:{args.port + n}" for n in range(args.nodes)]
    rows = []
    try:
        sign_pool = {k: list(v) for k, v in plan["to_sign"].items()}
        for users in levels:
            load = os.getloadavg()
            for r in bench_level(args, plan, bases, users, sign_pool):
                r["users"] = users
                r["load_before"] = round(load[0], 2)
                rows.append(r)
                print(f"  {users:>3} users {r['call']:<16} {r['rps']:6.1f}/s p50 {r['p50']:6.0f} ms "
                      f"p95 {r['p95']:6.0f} ms p99 {r['p99']:6.0f} ms errors {r['errors']} {r['codes']}", flush=True)
        rss = {f"node{n}:{pid}": round(peak_rss_mb(pid) or 0, 1)
               for n, p in enumerate(procs) for pid in worker_pids(p.pid)}
    finally:
        for p in procs:
            stop_node(p)
    title = (f"docflow web benchmark — {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, "
             f"{args.nodes} node(s) × {args.workers} {args.worker_class} workers, "
             f"{plan['documents']:,} documents, {plan['deliveries']:,} deliveries")
    print_table(rows, title)
    print("peak RSS per worker (VmHWM, MB): " + ", ".join(f"{k} {v}" for k, v in rss.items()))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"title": title, "rows": rows, "rss_mb": rss,
                                          "args": {k: v for k, v in vars(args).items() if k != "password"}},
                                         indent=1, default=str))


if __name__ == "__main__":
    main()
