"""Webhooks: agencies subscribe a URL; events about their documents are written to an outbox
in the action's own transaction (``enqueue``) and POSTed later with an HMAC-SHA256 signature
(``deliver_pending``, run by RQ or by ``docflow webhooks deliver``), never from a web worker."""

from .outbox import EVENTS, enqueue

__all__ = ["EVENTS", "enqueue"]
