"""``docflow-agent``: poll the server, show, confirm, sign on the token, send.

    docflow-agent --server https://docflow.example.gov.vn --module /usr/lib/libvgca.so \\
        --token-label "VGCA" --key-label "signing"

The API token comes from ``--api-token-file`` or ``DOCFLOW_API_TOKEN`` (created under "API
tokens" in docflow); the PIN is asked with getpass (``--pin-file`` or ``DOCFLOW_AGENT_PIN``
only for tests and kiosks). ``--once`` signs what is pending and exits; otherwise the agent
keeps polling every ``--interval`` seconds until Ctrl+C.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from cryptography import x509

from docflow.agent.client import Server, ServerError
from docflow.agent.token import Token, TokenProblem
from docflow.pki.pkcs11 import TokenKeyRef

__all__ = ["main", "handle"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="docflow-agent", description=(
        "Sign docflow documents with the key on your own token (PKCS#11). The PIN stays on this computer."))
    p.add_argument("--server", default=os.environ.get("DOCFLOW_SERVER", ""),
                   help="docflow's address, e.g. https://docflow.example.gov.vn (env DOCFLOW_SERVER)")
    p.add_argument("--api-token-file", type=Path, help="file holding your docflow API token "
                   "(else env DOCFLOW_API_TOKEN)")
    p.add_argument("--module", default=os.environ.get("DOCFLOW_PKCS11_MODULE", ""),
                   help="the token's PKCS#11 module (.so/.dll), e.g. /usr/lib/softhsm/libsofthsm2.so")
    p.add_argument("--token-label", required=True, help="the token's label")
    p.add_argument("--key-label", help="the signing key's label on the token")
    p.add_argument("--key-id", help="the signing key's CKA_ID in hex (instead of or with --key-label)")
    p.add_argument("--pin-file", type=Path, help="read the PIN from this file (tests only; else env "
                   "DOCFLOW_AGENT_PIN, else it is asked)")
    p.add_argument("--yes", action="store_true", help="sign without asking for confirmation (tests only)")
    p.add_argument("--once", action="store_true", help="sign what is pending now, then exit")
    p.add_argument("--interval", type=float, default=3.0, help="seconds between two polls (default 3)")
    p.add_argument("--lang", default="vi", choices=["vi", "en"], help="language of the server's messages")
    return p


def _secret(path: Path | None, env: str) -> str | None:
    if path is not None:
        return path.read_text(encoding="utf-8").strip()
    value = os.environ.get(env)
    return value.strip() if value else None


def describe(item: dict) -> str:
    """What the person sees before confirming."""
    s = item.get("summary") or {}
    kind = "chữ ký cá nhân / personal signature" if item.get("kind") == "signature" else "con dấu / agency seal"
    lines = [
        f"  Văn bản / document : {s.get('subject', '')}",
        f"  Số, ký hiệu / notation: {s.get('notation') or '(chưa cấp số / not numbered yet)'}",
        f"  Cơ quan / agency   : {s.get('agency') or ''}",
        f"  Người ký / signer  : {s.get('signer') or ''} — {kind}",
        f"  Chứng thư / certificate: {s.get('certificate') or ''}",
        f"  SHA-256 của tệp / file : {s.get('file_sha256') or ''}",
        f"  Giá trị ký / digest    : {item.get('digest')}",
        f"  Số tệp / files     : {len(item.get('items') or [1])}",
        f"  Hết hạn / expires  : {item.get('expires_at')}",
    ]
    return "\n".join(lines)


def handle(item: dict, server: Server, token: Token, *, confirm: Callable[[str], bool],
           say: Callable[[str], None]) -> bool:
    """One pending preparation: show it, confirm, sign, send. True when it was signed."""
    say(f"\nYêu cầu ký #{item['id']} / signing request #{item['id']}:\n{describe(item)}")
    if not confirm("Ký văn bản này? / Sign this document? [y/N] "):
        try:
            server.decline(int(item["id"]))
        except ServerError as exc:
            say(f"  (the server did not record the refusal: {exc.message})")
        say("  Không ký / not signed.")
        return False
    try:
        certificate = x509.load_der_x509_certificate(base64.b64decode(item["certificate"]))
        token.check(certificate)
        parts = item.get("items") or [{"to_sign": item["to_sign"], "digest": item["digest"]}]
        signatures = [token.sign(base64.b64decode(p["to_sign"]), str(p["digest"]), certificate) for p in parts]
    except TokenProblem as exc:
        say(f"  Token: {exc.message}")
        if exc.stop:
            raise
        return False
    try:
        result = server.send_signature(int(item["id"]), signatures)
    except ServerError as exc:
        say(f"  Máy chủ từ chối / the server refused: {exc.message}")
        return False
    say(f"  Đã ký / signed: {result.get('status', 'done')}")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    api_token = _secret(args.api_token_file, "DOCFLOW_API_TOKEN")
    if not args.server or not api_token:
        print("docflow-agent: give --server and your API token (--api-token-file or DOCFLOW_API_TOKEN)",
              file=sys.stderr)
        return 2
    if not args.module or not (args.key_label or args.key_id):
        print("docflow-agent: give --module and --key-label or --key-id", file=sys.stderr)
        return 2
    ref = TokenKeyRef(args.module, args.token_label, key_label=args.key_label,
                      key_id=bytes.fromhex(args.key_id) if args.key_id else None)
    pin = _secret(args.pin_file, "DOCFLOW_AGENT_PIN") or getpass.getpass("PIN của token / token PIN: ")
    token = Token(ref, pin)
    server = Server(args.server, api_token, lang=args.lang)

    def confirm(question: str) -> bool:
        if args.yes:
            return True
        try:
            return input(question).strip().lower() in ("y", "yes", "c", "có", "co")
        except EOFError:
            return False

    def say(text: str) -> None:
        print(text, flush=True)

    say(f"docflow-agent: đang chờ yêu cầu ký từ / waiting for signing requests from {args.server}")
    failures = 0
    seen: set[int] = set()
    while True:
        try:
            items = [i for i in server.pending() if int(i["id"]) not in seen]
        except ServerError as exc:
            say(f"  {exc.message}")
            if args.once or exc.status in (401, 403):
                return 1
            time.sleep(args.interval)
            continue
        for item in items:
            seen.add(int(item["id"]))
            try:
                if not handle(item, server, token, confirm=confirm, say=say):
                    failures += 1
            except TokenProblem:
                return 1  # a wrong PIN is never tried again on the next request
        if args.once:
            return 1 if failures else 0
        time.sleep(args.interval)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
