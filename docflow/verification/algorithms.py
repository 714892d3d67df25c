"""The algorithm policy over time: until when each hash and key size may be relied on.

A table in the shape of ETSI TS 119 312 (cryptographic suites): an algorithm name and the
last day it is considered strong enough to protect a signature or an archive timestamp.
``docflow archive refresh`` renews an archive timestamp whose hash or TSA key reaches its end
date within the margin (and one whose TSA certificate expires within it). The default dates
below are docflow's conservative reading of current guidance, not a normative list: an
installation sets its own with ``DOCFLOW_ALGORITHM_POLICY`` (a TOML file, ``name = date``).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["AlgorithmPolicy", "DEFAULT_ALGORITHM_POLICY", "load_algorithm_policy"]

_DEFAULT_ENDS: dict[str, dt.date] = {
    "md5": dt.date(2004, 12, 31),
    "sha1": dt.date(2016, 12, 31),
    "sha224": dt.date(2030, 12, 31),
    "sha256": dt.date(2040, 12, 31),
    "sha384": dt.date(2050, 12, 31),
    "sha512": dt.date(2050, 12, 31),
    "rsa-1024": dt.date(2013, 12, 31),
    "rsa-2048": dt.date(2030, 12, 31),
    "rsa-3072": dt.date(2040, 12, 31),
    "rsa-4096": dt.date(2045, 12, 31),
    "ec-p256": dt.date(2040, 12, 31),
    "ec-p384": dt.date(2050, 12, 31),
    "ec-p521": dt.date(2050, 12, 31),
}


@dataclass(frozen=True)
class AlgorithmPolicy:
    """End dates by algorithm name ("sha256", "rsa-3072", "ec-p256"); an unknown name has
    no known end (it is judged elsewhere: the verifier refuses what it does not implement)."""

    ends: Mapping[str, dt.date] = field(default_factory=lambda: dict(_DEFAULT_ENDS))

    def end_of(self, name: str) -> dt.date | None:
        return self.ends.get(name.lower())

    def first_end(self, names: Iterable[str]) -> dt.date | None:
        """The earliest end date among ``names`` (None when none has one)."""
        dates = [d for d in (self.end_of(n) for n in names) if d is not None]
        return min(dates, default=None)

    def allowed_at(self, name: str, when: dt.datetime) -> bool:
        end = self.end_of(name)
        return end is None or when.date() <= end


DEFAULT_ALGORITHM_POLICY = AlgorithmPolicy()


def load_algorithm_policy(path: str | Path | None) -> AlgorithmPolicy:
    """The default table, with the dates of ``path`` (``sha256 = 2040-12-31`` lines) on top."""
    if not path:
        return DEFAULT_ALGORITHM_POLICY
    with Path(path).open("rb") as fh:
        raw = tomllib.load(fh)
    ends = dict(_DEFAULT_ENDS)
    for name, value in raw.items():
        if not isinstance(value, dt.date):
            raise ValueError(f"{path}: {name} must be a date (YYYY-MM-DD), not {value!r}")
        ends[name.lower()] = value if not isinstance(value, dt.datetime) else value.date()
    return AlgorithmPolicy(ends)
