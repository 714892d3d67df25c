"""``docflow sign``: sign a PDF from the command line with a PKCS#12 or a PEM key + certificate.

    docflow sign IN.pdf -o OUT.pdf (--p12 FILE --password-env VAR | --key KEY.pem --cert
    CERT.pem [--chain PEM] [--password-env VAR]) [--page N --box X1,Y1,X2,Y2] [--text ...]
    [--image PNG] [--reason ...] [--location ...] [--tsa URL] [--certify]

Exit status 0 on success; otherwise non-zero with a one-line reason on stderr and no output
file (the result is written to a temporary file next to OUT and renamed into place).
The main ``docflow`` group adds this command with ``add_command(sign_command)``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from docflow.pki.keystore import same_public_key
from docflow.signer import SoftwareSigner
from docflow.signing.appearance import AppearanceError, text_appearance
from docflow.signing.errors import SigningError

__all__ = ["sign_command", "EXIT_SIGNING_FAILED", "EXIT_USAGE"]

EXIT_SIGNING_FAILED = 1
EXIT_USAGE = 64  # as `docflow verify`: usage or I/O error


class _Fail(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _password(var: str | None) -> bytes | None:
    if var is None:
        return None
    value = os.environ.get(var)
    if value is None:
        raise _Fail(f"environment variable {var} is not set", EXIT_USAGE)
    return value.encode()


def _read(path: str, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _Fail(f"cannot read {what} {path}: {exc.strerror or exc}", EXIT_USAGE) from exc


def _load_signer(p12: str | None, key: str | None, cert: str | None, chain: str | None,
                 password_env: str | None) -> SoftwareSigner:
    password = _password(password_env)
    if p12:
        if key or cert or chain:
            raise _Fail("use either --p12 or --key/--cert, not both", EXIT_USAGE)
        try:
            k, c, extra = pkcs12.load_key_and_certificates(_read(p12, "PKCS#12"), password)
        except ValueError as exc:
            raise _Fail(f"cannot open {p12}: wrong password or not a PKCS#12 file",
                        EXIT_SIGNING_FAILED) from exc
        if k is None or c is None:
            raise _Fail(f"{p12} holds no private key with its certificate", EXIT_SIGNING_FAILED)
        return _signer(k, c, extra)
    if not (key and cert):
        raise _Fail("give --p12 FILE --password-env VAR, or --key KEY.pem --cert CERT.pem",
                    EXIT_USAGE)
    try:
        k = serialization.load_pem_private_key(_read(key, "key"), password)
    except (ValueError, TypeError) as exc:
        raise _Fail(f"cannot load the key {key}: {exc}", EXIT_SIGNING_FAILED) from exc
    try:
        c = x509.load_pem_x509_certificate(_read(cert, "certificate"))
        extra = x509.load_pem_x509_certificates(_read(chain, "chain")) if chain else []
    except ValueError as exc:
        raise _Fail(f"cannot load the certificates: {exc}", EXIT_SIGNING_FAILED) from exc
    return _signer(k, c, extra)


def _signer(key, cert: x509.Certificate, extra) -> SoftwareSigner:
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise _Fail("only RSA and ECDSA keys can sign", EXIT_SIGNING_FAILED)
    if not same_public_key(key.public_key(), cert.public_key()):
        raise _Fail("the private key does not belong to the certificate", EXIT_SIGNING_FAILED)
    chain = [c for c in (extra or []) if c != cert]
    return SoftwareSigner(key, cert, chain)


def _parse_box(box: str) -> tuple[float, float, float, float]:
    try:
        parts = tuple(float(v) for v in box.split(","))
    except ValueError:
        parts = ()
    if len(parts) != 4:
        raise _Fail(f"--box must be X1,Y1,X2,Y2 in points, got {box!r}", EXIT_USAGE)
    return parts  # type: ignore[return-value]


def _write_atomically(out: Path, data: bytes) -> None:
    directory = out.parent if str(out.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.command("sign")
@click.argument("input_pdf", metavar="IN.pdf", type=click.Path(dir_okay=False))
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="Where to write the signed PDF.")
@click.option("--p12", type=click.Path(dir_okay=False), help="PKCS#12 file with key and chain.")
@click.option("--password-env", metavar="VAR",
              help="Environment variable holding the PKCS#12 (or key) password.")
@click.option("--key", type=click.Path(dir_okay=False), help="PEM private key (with --cert).")
@click.option("--cert", type=click.Path(dir_okay=False), help="PEM signer certificate.")
@click.option("--chain", type=click.Path(dir_okay=False), help="PEM intermediate certificates.")
@click.option("--page", type=int, default=None, help="Page of the visible signature (from 1).")
@click.option("--box", default=None, metavar="X1,Y1,X2,Y2",
              help="Signature box in points from the page's bottom-left; none = invisible.")
@click.option("--text", default=None, help="Text shown in the box (\\n for new lines).")
@click.option("--image", type=click.Path(dir_okay=False), help="PNG shown in the box.")
@click.option("--reason", default=None, help="Reason for signing.")
@click.option("--location", default=None, help="Place of signing.")
@click.option("--tsa", default=None, metavar="URL", help="RFC 3161 time-stamp authority.")
@click.option("--certify", is_flag=True, help="Certification signature (DocMDP P=2).")
def sign_command(input_pdf, output, p12, password_env, key, cert, chain, page, box, text, image,
                 reason, location, tsa, certify) -> None:
    """Sign IN.pdf (PAdES, one incremental update) and write OUT.pdf."""
    from docflow.signing.geometry import fit_appearance
    from docflow.signing.intake import REPAIRS, take_in
    from docflow.signing.service import sign_pdf

    try:
        signer = _load_signer(p12, key, cert, chain, password_env)
        if box is None and (text is not None or image is not None or page is not None):
            raise _Fail("--page, --text and --image need --box", EXIT_USAGE)
        appearance = None
        if box is not None:
            png = _read(image, "image") if image else None
            try:
                appearance = text_appearance(
                    page or 1, _parse_box(box), text.replace("\\n", "\n") if text else None, png
                )
            except AppearanceError as exc:
                raise _Fail(str(exc), EXIT_USAGE) from exc
        timestamper = None
        if tsa:
            from docflow.pki.tsa import HttpTimestamper

            timestamper = HttpTimestamper(tsa)
        data = _read(input_pdf, "input")
        # a file from disk never went through docflow's upload: the intake policy runs here
        # (signed as is, repaired, or refused; signing/intake.py)
        intake = take_in(data)
        if appearance is not None and appearance.page <= intake.facts.page_count:
            # kept on the page as displayed: moved inside, scaled down on a small page
            appearance = fit_appearance(appearance, intake.facts.page(appearance.page).size)
        signed = sign_pdf(intake.pdf, signer, appearance=appearance, reason=reason,
                          location=location, timestamper=timestamper, certify=certify)
        try:
            _write_atomically(Path(output), signed.pdf)
        except OSError as exc:
            raise _Fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_USAGE) from exc
    except _Fail as exc:
        _die(str(exc), exc.code)
    except SigningError as exc:
        _die(exc.message, EXIT_SIGNING_FAILED)
    if intake.repaired:
        click.echo(f"the file was repaired before signing: {'; '.join(REPAIRS[k] for k in intake.repairs)} "
                   f"(input sha256 {intake.original_sha256})")
    click.echo(f"signed {output} ({signed.field_name}, sha256 {signed.sha256}"
               f"{', time-stamped' if signed.timestamped else ''})")


def _die(message: str, code: int) -> None:
    one_line = " ".join(message.split())
    click.echo(f"docflow sign: {one_line}", err=True)
    sys.exit(code)
