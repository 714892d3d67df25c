"""Glue between configuration and the services: the blob store, the keys, the trust context
and the timestamper an installation uses. No flask: the web, the CLI and the tests share it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from cryptography import x509
from sqlalchemy.orm import Session

from .config import Config
from .models import KeyBackend, Unit, User
from .outbound import OutboundPolicy
from .pki import service as pki
from .signer import Signer
from .storage import blob_store
from .verification import TrustContext
from .verification.algorithms import load_algorithm_policy
from .verification.fetching import RevocationFetcher
from .verification.revocation_cache import DatabaseRevocationCache, RedisRevocationCache, RevocationCache
from .workflow.context import WorkflowContext

__all__ = ["workflow_context", "convert_pending", "trust_context", "revocation_fetcher", "revocation_cache",
           "PkiKeys", "LocalTimestamper", "timestamper_for", "archiver_for"]


class PkiKeys:
    """The workflow's access to keys and images, through docflow.pki.service."""

    def __init__(self, config: Config) -> None:
        self.config = config

    def _certificate(self, session: Session, *, user: User | None = None, agency: Unit | None = None):
        from .messages import N_
        from .workflow.errors import SigningFailed

        cert = pki.active_certificate(session, user=user, agency=agency)
        if cert is None:
            if user is not None:
                raise SigningFailed(N_("You have no valid signing certificate. Ask your administrator to issue "
                                       "or import one."), field="pin")
            raise SigningFailed(N_("Your agency has no valid seal certificate. Ask your administrator."),
                                field="pin")
        return cert

    def personal_signer(self, session: Session, user: User, pin: str) -> Signer:
        cert = self._certificate(session, user=user)
        return pki.signer_for(session, cert, pin, actor=user, max_failures=self.config.pin_max_failures)

    def seal_signer(self, session: Session, agency: Unit, pin: str, actor: User) -> Signer:
        cert = self._certificate(session, agency=agency)
        return pki.signer_for(session, cert, pin, actor=actor, max_failures=self.config.pin_max_failures)

    def token_certificate(self, session: Session, actor: User, *, agency: Unit | None = None):
        """The certificate "on my token" to sign with (the actor's own, or the agency's seal),
        checked usable now (revoked, expired, locked refused); None when the certificate to sign
        with has its key in docflow."""
        cert = self._certificate(session, user=None if agency else actor, agency=agency)
        if cert.key_backend != KeyBackend.EXTERNAL:
            return None
        return pki.check_token_certificate(session, cert, actor=actor)

    def signature_image(self, session: Session, user: User) -> bytes | None:
        return pki.signature_image(session, user)

    def seal_image(self, session: Session, agency: Unit) -> bytes | None:
        return pki.seal_image(session, agency)


class LocalTimestamper:
    """The development TSA answered in-process (``DOCFLOW_TSA_URL=internal``): the same
    RFC 3161 responder that serves POST /pki/tsa, without an HTTP round trip to ourselves.
    ``clock``: the time it stamps (the workflow's clock; tests move it years ahead), at which
    the TSA certificate is renewed when due (``pki.dev_tsa``)."""

    def __init__(self, config: Config, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.config, self.clock = config, clock

    def timestamp(self, message_imprint: bytes, hash_algorithm: str = "sha256") -> bytes:
        from asn1crypto import tsp

        from .pki.tsa import respond_to_request

        now = self.clock() if self.clock is not None else None
        tsa = pki.dev_tsa(self.config, now=now)
        request = tsp.TimeStampReq({
            "version": 1,
            "message_imprint": {"hash_algorithm": {"algorithm": hash_algorithm}, "hashed_message": message_imprint},
            "cert_req": True,
        })
        response = tsp.TimeStampResp.load(respond_to_request(request.dump(), tsa.certificate, tsa.key, tsa.chain,
                                                                now=now))
        return response["time_stamp_token"].dump()


def timestamper_for(config: Config):
    """The installation's RFC 3161 client; None when timestamps are switched off (``none``)."""
    if not config.tsa_url or config.timestamps_off:
        return None
    if config.tsa_url == "internal":
        return LocalTimestamper(config)
    from .pki.tsa import HttpTimestamper

    return HttpTimestamper(config.tsa_url, timeout=10.0)


class _LocalFirstFetcher(RevocationFetcher):
    """Revocation data of docflow's own CA comes from the database, not over HTTP from
    ourselves: a sync worker asking its own server for OCSP waits for a free worker (up to
    the timeout when all are busy verifying). Only ``local_answer`` is added: the base class
    parses the answers, keeps one verification's budget and log, and caches what it fetched
    from other CAs (a two-signature PDF asked for the same two CRLs eight times, each one
    signed anew)."""

    def __init__(self, session: Session, config: Config, *, clock: Callable[[], dt.datetime] | None = None,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self._session, self._config, self._clock = session, config, clock
        self._prefixes: tuple[str, ...] | None = None

    def _own_prefixes(self) -> tuple[str, ...]:
        """Our URLs' common start (".../pki/"): under the configured base URL, and under the base
        URL the CA was created with (certificates keep the address of their day, even if the
        server moved)."""
        if self._prefixes is None:
            prefixes = {f"{self._config.base_url.rstrip('/')}/pki/"}
            ca = pki.ensure_dev_ca(self._config)
            try:
                points = ca.issuing.certificate.extensions.get_extension_for_class(x509.CRLDistributionPoints)
                for point in points.value:
                    for name in point.full_name or ():
                        url = name.value
                        if "/pki/crl/" in url:
                            prefixes.add(url[: url.index("/pki/crl/") + len("/pki/")])
            except x509.ExtensionNotFound:
                pass
            self._prefixes = tuple(prefixes)
        return self._prefixes

    def local_answer(self, url: str, body: bytes | None):
        tail = next((url[len(p):] for p in self._own_prefixes() if url.startswith(p)), None)
        if tail is None:
            return super().local_answer(url, body)
        ca = pki.ensure_dev_ca(self._config)
        if body is None and tail.startswith("crl/") and tail.endswith(".crl"):
            now = self._clock() if self._clock else None
            try:  # read-only: a GET page verifies in a read-only transaction
                if now is not None and ca.authority(tail[len("crl/"):-4]).certificate.not_valid_after_utc <= now:
                    return None  # an expired CA signs no more CRLs: the DSS keeps those of its lifetime
                return pki.crl_for_local_check(self._session, ca, tail[len("crl/"):-4], now=now)
            except Exception:  # noqa: BLE001 - an unknown slug is simply "no CRL here"
                return None
        if body is not None and tail == "ocsp":
            return pki.ocsp_response(self._session, ca, body)
        return None


def revocation_cache(session: Session, config: Config) -> RevocationCache:
    """Shared by every worker: Redis when the installation runs it, else the database."""
    from .webhooks.jobs import redis_url

    url = redis_url(config)
    if url:
        return RedisRevocationCache.from_url(url)
    return DatabaseRevocationCache(session)


def revocation_fetcher(session: Session, config: Config, *,
                       clock: Callable[[], dt.datetime] | None = None) -> RevocationFetcher:
    """The outbound rules of the installation (allowed networks, DOCFLOW_REVOCATION_FETCH);
    ``clock``: the time of our own CA's CRLs (the archive renewal's day)."""
    return _LocalFirstFetcher(session, config, clock=clock, timeout=3.0,
                              policy=OutboundPolicy(tuple(config.webhook_networks)),
                              cache=revocation_cache(session, config),
                              offline=config.revocation_fetch == "off")


def trust_context(session: Session, config: Config, *, validation_time: dt.datetime | None = None) -> TrustContext:
    """Trust anchors of the store (certs/ + the instance's dev CA root), revocation from our
    own CA locally and from others over HTTP (for trusted chains, within a budget)."""
    return TrustContext(trust_anchors=tuple(pki.trust_anchors(config)), validation_time=validation_time,
                        algorithm_policy=load_algorithm_policy(config.algorithm_policy),
                        fetch_revocation=True, fetch_timeout=3.0, fetcher=revocation_fetcher(session, config))


def renew_dev_tsa(config: Config, now: dt.datetime | None = None) -> None:
    """Before a renewal run: the development TSA renews its certificate if it is due at
    ``now`` (``pki.dev_tsa``), outside the files' transactions (on SQLite, inserting the new
    certificate from inside one would wait on that transaction's own lock)."""
    if config.tsa_url == "internal" and not config.timestamps_off:
        pki.dev_tsa(config, now=now)


def archiver_for(session: Session, config: Config, timestamper=None):
    """B-LT then B-LTA for a signed PDF (docflow.signing.ltv.archive) with the installation's
    trust anchors, revocation sources and TSA; None when timestamps are off. ``at``: the
    renewal job's time (its context's clock), at which our own CA's CRLs are dated and the
    development TSA stamps (renewing its certificate when due); None: now."""
    from .signing import ltv

    timestamper = timestamper or timestamper_for(config)
    if timestamper is None:
        return None

    def archive(pdf: bytes, *, at: dt.datetime | None = None) -> ltv.LtaResult:
        clock = (lambda: at) if at is not None else None
        stamper = LocalTimestamper(config, clock) if isinstance(timestamper, LocalTimestamper) else timestamper
        return ltv.archive(pdf, stamper, tuple(pki.trust_anchors(config)),
                           revocation_fetcher(session, config, clock=clock).begin())

    return archive


def workflow_context(session: Session, config: Config, *, ip: str = "", clock=None) -> WorkflowContext:
    timestamper = timestamper_for(config)
    ctx = WorkflowContext(
        blobs=blob_store(config),
        keys=PkiKeys(config),
        trust=lambda: trust_context(session, config),
        timestamper=timestamper,
        archiver=archiver_for(session, config, timestamper),
        archive_margin=dt.timedelta(days=config.archive_margin_days),
        algorithm_policy=load_algorithm_policy(config.algorithm_policy),
        allow_without_timestamp=config.allow_sign_without_timestamp,
        max_pdf_bytes=config.max_upload_mb * 1024 * 1024,
        max_word_bytes=config.max_word_mb * 1024 * 1024,
        conversion_timeout_s=float(config.conversion_timeout_seconds),
        conversion_memory_bytes=config.conversion_memory_mb * 1024 * 1024,
        conversion_stale_s=float(config.conversion_stale_seconds),
        preparation_ttl=dt.timedelta(minutes=config.signing_preparation_minutes),
        ip=ip,
    )
    return replace(ctx, clock=clock) if clock is not None else ctx


def convert_pending(session_factory, config: Config, conversion_id: int | None = None, *,
                    limit: int | None = None) -> int:
    """Convert queued Word files (the one ``conversion_id``, or the oldest up to ``limit``); each
    conversion is its own units of work (``workflow.conversions.convert_one``). Returns how many
    were carried out. Called by the RQ job and by ``docflow convert worker``."""
    from .workflow.conversions import convert_one, recover_stale

    done = 0
    session = session_factory()
    try:
        # first the conversions a dead worker left "converting": tried again (or failed) here
        retried = recover_stale(session, workflow_context(session, config))
        while limit is None or done < limit:
            if convert_one(session, workflow_context(session, config), conversion_id) is None:
                break
            done += 1
            if conversion_id is not None:
                break
        for again in retried if conversion_id is not None else ():  # the RQ job: no poll loop takes them
            done += convert_one(session, workflow_context(session, config), again) is not None
    finally:
        session.close()
    return done
