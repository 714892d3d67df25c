"""Mixed load against gunicorn on PostgreSQL: leaders sign, clerks issue and dispatch, everyone
else reads (desk, lists, document pages, page images, registers), all at once, for a bounded
time. Used by tests/reliability/test_load.py (short, in CI) and benchmarks/load.py (long)."""

from __future__ import annotations

import queue
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import requests

from tests.conftest import DEMO_PIN

from .support import Client, Installation, revision_of

AGENCIES = {"SNNMT": "UBNDXNH", "STC": "SNNMT", "UBND": "STC", "UBNDXNH": "UBND", "UBNDXTT": "UBNDXNH"}


@dataclass
class Tally:
    statuses: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    signed: set[int] = field(default_factory=set)
    issued: set[int] = field(default_factory=set)
    dispatched: set[int] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, what: str, r: requests.Response) -> None:
        with self.lock:
            self.statuses[r.status_code] += 1
            if r.status_code >= 500:
                self.errors.append(f"{what}: {r.status_code} {r.text[:200]}")

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())


def seed(inst: Installation, per_agency: int) -> dict[str, list[int]]:
    return {code: inst.drafts(per_agency, staff=f"{code.lower()}.staff", leader=f"{code.lower()}.leader",
                              to=(to,), subject=f"Tải {code}")
            for code, to in AGENCIES.items()}


def run(base: str, inst: Installation, drafts: dict[str, list[int]], *, clients: int = 50,
        seconds: float = 30.0, seed_: int = 10) -> Tally:
    """``clients`` concurrent users for ``seconds``; returns what they saw."""
    rnd = random.Random(seed_)
    tally = Tally()
    to_sign = {code: queue.Queue() for code in AGENCIES}
    to_issue = {code: queue.Queue() for code in AGENCIES}
    for code, ids in drafts.items():
        for d in ids:
            to_sign[code].put(d)
    deadline = 0.0  # set once every client is logged in: the time box is for the work itself
    all_ids = [d for ids in drafts.values() for d in ids]

    def act(c: Client, d: int, action: str, done: set[int], **data) -> bool:
        """One workflow action at the document's current revision, counted; True if it was done."""
        r = c.act(d, action, revision_of(inst.database_url, d), **data)
        tally.count(action, r)
        ok = r.status_code == 200 and r.json().get("ok")
        if ok:
            with tally.lock:
                done.add(d)
        return bool(ok)

    def leader(c: Client, code: str) -> None:
        while time.monotonic() < deadline:
            try:
                d = to_sign[code].get_nowait()
            except queue.Empty:
                return
            if act(c, d, "sign", tally.signed, pin=DEMO_PIN):
                to_issue[code].put(d)

    def clerk(c: Client, code: str) -> None:
        while time.monotonic() < deadline:
            try:
                d = to_issue[code].get(timeout=1)
            except queue.Empty:
                continue
            if act(c, d, "issue", tally.issued, pin=DEMO_PIN):
                act(c, d, "dispatch", tally.dispatched)

    def reader(c: Client, username: str) -> None:
        pages = ["/desk", "/documents", "/incoming", "/notifications", "/documents?q=t%E1%BA%A3i"]
        while time.monotonic() < deadline:
            pick = rnd.random()
            if pick < 0.5:
                path = rnd.choice(pages)
            elif pick < 0.8:
                path = f"/documents/{rnd.choice(all_ids)}"
            else:
                path = "/registers/outgoing" if username.endswith(("clerk", "auditor")) else "/desk"
            r = c.get(path)
            tally.count(path, r)

    plan: list[tuple] = []
    for code in AGENCIES:
        plan.append((leader, f"{code.lower()}.leader", code))
        plan.append((clerk, f"{code.lower()}.clerk", code))
    readers = ["staff", "reviewer", "auditor", "admin", "clerk", "leader"]
    i = 0
    while len(plan) < clients:
        code = list(AGENCIES)[i % len(AGENCIES)]
        username = f"{code.lower()}.{readers[i % len(readers)]}"
        plan.append((reader, username, username))
        i += 1
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=8) as pool:
        sessions = list(pool.map(lambda step: Client(base, step[1]).login(), plan))
    workers = [threading.Thread(target=fn, args=(c, arg)) for (fn, _u, arg), c in zip(plan, sessions, strict=True)]
    deadline = time.monotonic() + seconds

    def guarded(fn):
        def inner(*args):
            try:
                fn(*args)
            except Exception as exc:  # noqa: BLE001 - reported as an error of the run
                with tally.lock:
                    tally.errors.append(f"client {args}: {type(exc).__name__}: {exc}")
        return inner

    for w in workers:
        w._target = guarded(w._target)  # type: ignore[attr-defined]
        w.start()
    for w in workers:
        w.join(timeout=seconds + 180)
    return tally
