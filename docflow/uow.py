"""The unit of work: one transaction per service call, owned by the service.

Entry points (pages, API, CLI) build a ``UnitOfWork`` around their session and pass it as
the first argument of the service functions that write; they never commit. A service
function marked ``@transactional`` runs inside it: it commits when it returns and rolls back
everything when it raises. Calls nest: a transactional service called by another one joins
the caller's transaction, and only the outermost call commits, so one user action is one
transaction however many services it uses. An entry point that must make two calls one
action says ``with uow: a(uow, ...); b(uow, ...)``.

A rule that must outlive the failed action — a wrong-PIN counter, a failed login, an audited
refusal — is written once, here: the service calls ``record_failure(session, record)``
before raising. The action's pending changes are rolled back, ``record`` runs and is
committed on its own, and the service then raises its error (which rolls back nothing more).

Plain Python (no flask). A ``Session`` passed where a unit of work is expected is wrapped in
the one unit of work that session carries, so tests and scripts may pass either.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from types import TracebackType
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

__all__ = ["UnitOfWork", "transactional", "record_failure", "SessionOrUow"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

_KEY = "docflow.unit_of_work"


class UnitOfWork:
    """Commit-or-roll-back around one session; nested ``with`` blocks join the outermost."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._depth = 0
        session.info[_KEY] = self

    @classmethod
    def of(cls, target: UnitOfWork | Session) -> UnitOfWork:
        """``target`` itself, or the unit of work of a session (created on first use)."""
        if isinstance(target, UnitOfWork):
            return target
        existing = target.info.get(_KEY)
        return existing if isinstance(existing, UnitOfWork) else cls(target)

    @property
    def active(self) -> bool:
        """True inside a ``with`` block (a service call under way)."""
        return self._depth > 0

    def __enter__(self) -> UnitOfWork:
        self._depth += 1
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._depth -= 1
        if self._depth > 0:
            return  # an inner call: the outermost one decides
        if exc_type is None:
            try:
                self.session.commit()
            except BaseException:
                self.session.rollback()  # e.g. a lost optimistic version check: nothing stays
                raise
        else:
            self.session.rollback()

    def rollback(self) -> None:
        self.session.rollback()

    def record_failure(self, record: Callable[[Session], T]) -> T:
        """Drop the failed action's pending changes, then run ``record`` and commit it on its
        own (whatever the nesting): what a failure must leave behind survives the error the
        caller raises next."""
        self.session.rollback()
        try:
            result = record(self.session)
            self.session.commit()
        except BaseException:
            self.session.rollback()
            raise
        return result


SessionOrUow = UnitOfWork | Session


def transactional(fn: Callable[Concatenate[Session, P], R]) -> Callable[Concatenate[SessionOrUow, P], R]:
    """Run a service function in the unit of work given as its first argument: commit when
    it returns (if it is the outermost call), roll back when it raises. The body receives
    the session."""

    @functools.wraps(fn)
    def run(target: SessionOrUow, /, *args: P.args, **kwargs: P.kwargs) -> R:
        uow = UnitOfWork.of(target)
        with uow:
            return fn(uow.session, *args, **kwargs)

    run.docflow_transactional = True  # type: ignore[attr-defined]
    return run


def record_failure(session: Session, record: Callable[[Session], T]) -> T:
    """``UnitOfWork.record_failure`` for a service body that holds the session."""
    return UnitOfWork.of(session).record_failure(record)
