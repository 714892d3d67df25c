"""Webhooks through RQ on Redis: the commit that wrote events queues a job; a worker runs it."""

from __future__ import annotations

import pytest

from tests.api.helpers import dispatched

from .test_delivery import Receiver, _subscribe

REDIS = "redis://127.0.0.1:6379/15"


def _redis_or_skip():
    import redis

    try:
        redis.Redis.from_url(REDIS).ping()
    except Exception:  # noqa: BLE001
        pytest.skip("no Redis on 127.0.0.1:6379")


@pytest.fixture
def config_overrides(config_overrides):
    """The commit queues an RQ job; the job builds its app from these same settings."""
    extra = {**config_overrides["extra"], "redis_url": REDIS}
    job_config = {**config_overrides, "extra": dict(config_overrides["extra"])}
    return {**config_overrides, "extra": {**extra, "webhooks_job_config": job_config}}


def test_rq_job_delivers_after_commit(app, world, as_user):
    _redis_or_skip()
    from redis import Redis
    from rq import Queue, SimpleWorker

    from docflow.webhooks.jobs import QUEUE

    receiver = Receiver()
    try:
        connection = Redis.from_url(REDIS)
        queue = Queue(QUEUE, connection=connection)
        queue.empty()
        _subscribe(as_user, "ubndxnh.admin", receiver.url)
        dispatched(as_user)
        assert queue.count >= 1  # queued by the commit of the dispatch
        SimpleWorker([queue], connection=connection).work(burst=True)
        assert [r["body"]["event"] for r in receiver.received] == ["document.received"]
        assert all(r["signature_ok"] for r in receiver.received)
    finally:
        receiver.close()
