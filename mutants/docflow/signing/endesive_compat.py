"""Make endesive 3.0.1 importable on OpenSSL >= 3.0.10.

endesive imports certvalidator, which imports oscrypto 1.3.0 (the newest release). oscrypto
reads libcrypto's version with the regex ``\\d\\.\\d\\.\\d``, which cannot match a two-digit
patch level such as "3.0.19", and raises ``LibraryNotFoundError`` at import time
(wbond/oscrypto#75, #78; fixed only on oscrypto's unreleased master). Signing breaks too,
because ``endesive/pdf/__init__.py`` imports the verifier.

The fix here is the upstream one, applied at import time without touching the installed
package: a meta-path finder loads oscrypto's two libcrypto binding modules from their own
source with the version regex widened to ``\\d+\\.\\d+\\.\\d+``. ``install()`` must run
before anything imports oscrypto; ``import_endesive()`` does both.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from types import ModuleType

__all__ = ["install", "import_endesive"]

_PATCHED_MODULES = frozenset(
    {"oscrypto._openssl._libcrypto_cffi", "oscrypto._openssl._libcrypto_ctypes"}
)
_OLD_REGEX = "'\\\\b(\\\\d\\\\.\\\\d\\\\.\\\\d[a-z]*)\\\\b'"
_NEW_REGEX = "'\\\\b(\\\\d+\\\\.\\\\d+\\\\.\\\\d+[a-z]*)\\\\b'"


class _PatchedSourceLoader(importlib.machinery.SourceFileLoader):
    def get_data(self, path: str) -> bytes:  # type: ignore[override]
        data = super().get_data(path)
        if path.endswith(".py"):
            data = data.replace(_OLD_REGEX.encode(), _NEW_REGEX.encode())
        return data

    def get_code(self, fullname: str):  # type: ignore[override]
        # Compile from the patched source, never from a cached .pyc of the original.
        source = self.get_data(self.get_filename(fullname))
        return compile(source, self.get_filename(fullname), "exec", dont_inherit=True)


class _OscryptoVersionFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path=None, target: ModuleType | None = None):
        if fullname not in _PATCHED_MODULES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
            return spec
        loader = _PatchedSourceLoader(fullname, spec.origin)
        return importlib.util.spec_from_file_location(fullname, spec.origin, loader=loader)


def install() -> None:
    """Register the finder once; harmless if oscrypto already imported fine."""
    if not any(isinstance(f, _OscryptoVersionFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _OscryptoVersionFinder())


def import_endesive() -> ModuleType:
    """Return ``endesive.pdf`` (signing + verifying), importable on any OpenSSL 3.x."""
    install()
    import endesive.pdf

    return endesive.pdf
