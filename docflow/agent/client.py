"""The agent's side of the API: pending preparations, the signature, a refusal."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

__all__ = ["Server", "ServerError"]


class ServerError(Exception):
    """The server refused or could not be reached; ``message`` is its own words."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class Server:
    base_url: str
    api_token: str
    lang: str = "vi"
    timeout: float = 30.0

    def _call(self, method: str, path: str, body: dict | None = None) -> Any:
        url = self.base_url.rstrip("/") + path
        if not url.startswith(("https://", "http://")):
            raise ServerError(f"not an http(s) address: {self.base_url}")
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, method=method, headers={  # noqa: S310 - checked above
            "Authorization": f"Bearer {self.api_token}", "Accept": "application/json",
            "Accept-Language": self.lang, **({"Content-Type": "application/json"} if data else {})})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310  # nosec B310
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            try:
                payload = json.loads(exc.read() or b"{}")
            except ValueError:
                payload = {}
            error = payload.get("error") if isinstance(payload, dict) else None
            message = error.get("message") if isinstance(error, dict) else None
            raise ServerError(str(message or exc.reason), exc.code) from None
        except (urllib.error.URLError, OSError) as exc:
            raise ServerError(f"the server {self.base_url} cannot be reached: {exc}") from None

    def pending(self) -> list[dict]:
        return list(self._call("GET", "/api/v1/signing/preparations")["items"])

    def preparation(self, preparation_id: int) -> dict:
        return dict(self._call("GET", f"/api/v1/signing/preparations/{preparation_id}"))

    def send_signature(self, preparation_id: int, signatures: list[bytes], chain: list[bytes] | None = None) -> dict:
        return dict(self._call("POST", f"/api/v1/signing/preparations/{preparation_id}/signature", {
            "signatures": [base64.b64encode(s).decode() for s in signatures],
            "chain": [base64.b64encode(c).decode() for c in chain or []]}))

    def decline(self, preparation_id: int) -> dict:
        return dict(self._call("POST", f"/api/v1/signing/preparations/{preparation_id}/cancel", {}))
