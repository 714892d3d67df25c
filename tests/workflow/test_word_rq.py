"""Word conversion through RQ on Redis: the commit that queued a conversion queues its job; an
RQ worker (the one `docflow convert worker --rq` runs) converts it and the draft appears."""

from __future__ import annotations

import pytest

from docflow.models import Conversion, ConversionStatus, Document
from docflow.workflow import conversions
from docflow.workflow.office import soffice_path
from docflow.workflow.outgoing import Upload
from tests.support import word

REDIS = "redis://127.0.0.1:6379/15"

pytestmark = pytest.mark.skipif(soffice_path() is None, reason="LibreOffice is not installed (make test installs it)")


@pytest.fixture
def config_overrides(config_overrides):
    job_config = {**config_overrides, "extra": dict(config_overrides["extra"])}
    extra = {**config_overrides["extra"], "redis_url": REDIS, "conversion_job_config": job_config}
    return {**config_overrides, "extra": extra}


def test_the_commit_queues_the_job_and_a_worker_converts(world):
    import redis
    from rq import Queue, SimpleWorker

    from docflow.workflow.jobs import QUEUE

    try:
        connection = redis.Redis.from_url(REDIS)
        connection.ping()
    except Exception:  # noqa: BLE001
        pytest.skip("no Redis on 127.0.0.1:6379")
    queue = Queue(QUEUE, connection=connection)
    queue.empty()
    w = world
    conversion = conversions.queue_conversion(w.db, w.ctx(), w.user("snnmt.staff"), w.draft_input(),
                                              Upload("cv.docx", word.decree30_docx(pages=1)))
    assert queue.count == 1  # queued by the commit
    SimpleWorker([queue], connection=connection).work(burst=True)
    w.db.expire_all()
    row = w.db.get(Conversion, conversion.id)
    assert row.status == ConversionStatus.DONE, (row.error, row.error_params)
    assert w.db.get(Document, row.document_id).main_file.current.page_count == 1
