"""Readers of the revisions of one file that share what they have already parsed.

Change analysis opens every revision with its own pypdf reader and walks it whole; most
objects are the same bytes in every revision (an update appends, it does not rewrite), and
parsing them again for each revision was most of the time spent on a large file. A
``RevisionReader`` that is asked for an object another reader of the same file has already
parsed, *defined at the same offset of the same bytes* in both revisions, takes a copy of it
whose references are bound to itself (so its children are still resolved in its own
revision) instead of parsing it again. Anything that could read differently in the two
revisions is parsed again: objects inside object streams, free entries, an entry pypdf had
to repair, a stream whose /Length is a reference (an update can redefine the length), and
encrypted files.

pypdf reads a hex string one byte at a time in Python: a signature's /Contents (16,000 hex
digits and more) cost a third of the time of a small file with three signatures. For the
streams of these readers only, ``_hex_string`` reads it with one search and
``bytes.fromhex``, with the same result (whitespace skipped, an odd digit padded with 0);
anything unusual (no closing ``>``, a character that is not a hex digit) is left to pypdf,
which raises as it always did.
"""

from __future__ import annotations

import io
import re
from typing import Any

import pypdf.generic._data_structures as _pypdf_parser
from pypdf import PdfReader
from pypdf._utils import WHITESPACES_AS_BYTES
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    PdfObject,
    StreamObject,
    create_string_object,
)

__all__ = ["RevisionReader"]

_INDIRECT_LENGTH = re.compile(rb"/Length\s+\d+\s+\d+\s+R")
_DICT_LIMIT = 8192  # a stream dictionary longer than this is parsed again
# what pypdf's parser makes of an object (anything else was made by someone else)
_PARSED = (DictionaryObject, DecodedStreamObject, EncodedStreamObject)


_HEX_DIGITS = re.compile(rb"[0-9A-Fa-f]*")
_pypdf_hex_string = _pypdf_parser.read_hex_string_from_stream


class _Buffer(io.BufferedReader):
    """The buffered stream of a RevisionReader, which knows the bytes it reads."""

    def __init__(self, view: io.RawIOBase, data: bytes, limit: int) -> None:
        super().__init__(view, buffer_size=16384)
        self.data, self.limit = data, limit


def _hex_string(stream: Any, forced_encoding: Any = None) -> Any:
    if not isinstance(stream, _Buffer):
        return _pypdf_hex_string(stream, forced_encoding)
    start = stream.tell()  # at the "<"
    close = stream.data.find(b">", start + 1, stream.limit)
    digits = stream.data[start + 1 : close].translate(None, WHITESPACES_AS_BYTES) \
        if close > start else b""
    if close <= start or not _HEX_DIGITS.fullmatch(digits):
        return _pypdf_hex_string(stream, forced_encoding)
    stream.seek(close + 1)
    if len(digits) % 2:
        digits += b"0"
    return create_string_object(bytes.fromhex(digits.decode("ascii")), forced_encoding)


_pypdf_parser.read_hex_string_from_stream = _hex_string  # pypdf's parser looks it up here


def _rebind(obj: Any, reader: PdfReader) -> Any:
    """A copy of a parsed value whose references resolve in ``reader`` (stream data and
    immutable leaves — names, numbers, strings — are shared)."""
    if isinstance(obj, IndirectObject):
        return IndirectObject(obj.idnum, obj.generation, reader)
    if isinstance(obj, DictionaryObject):
        new = obj.__class__()
        for k, v in dict.items(obj):
            dict.__setitem__(new, k, _rebind(v, reader))
        if isinstance(obj, StreamObject) and isinstance(new, StreamObject):
            new._data = obj._data  # noqa: SLF001 - bytes, immutable
        return new
    if isinstance(obj, ArrayObject):
        return ArrayObject(_rebind(v, reader) for v in obj)
    return obj


class RevisionReader(PdfReader):
    """A pypdf reader of ``data[:end]`` that borrows parsed objects from its ``peers``."""

    def __init__(self, data: bytes, view: io.RawIOBase, peers: list[RevisionReader]) -> None:
        # pypdf reads a byte at a time and seeks back often: a C buffer in front of the view
        # answers most of those calls without entering Python
        limit = view.seek(0, 2)
        view.seek(0)
        super().__init__(_Buffer(view, data, limit), strict=False)
        self._bytes = data
        self._peers = peers
        self._plain = "/Encrypt" not in self.trailer
        # where each object is defined, read before any lookup could repair an entry
        self._at = {(gen, num): off for gen, entries in self.xref.items()
                    for num, off in entries.items()}
        peers.append(self)

    def _offset(self, gen: int, num: int) -> int | None:
        """The object's offset if it is a plain, unrepaired, non-free entry here."""
        off = self._at.get((gen, num))
        if off is None or self.xref.get(gen, {}).get(num) != off \
                or self.xref_free_entry.get(gen, {}).get(num, False) \
                or (gen == 0 and num in self.xref_objStm):
            return None
        return off

    def _shareable(self, obj: PdfObject, off: int) -> bool:
        if not isinstance(obj, StreamObject):
            return type(obj) in _PARSED or not isinstance(obj, DictionaryObject)
        head_end = self._bytes.find(b"stream", off, off + _DICT_LIMIT)
        return head_end > 0 and not _INDIRECT_LENGTH.search(self._bytes, off, head_end)

    def get_object(self, indirect_reference: int | IndirectObject) -> PdfObject | None:
        ref = indirect_reference if isinstance(indirect_reference, IndirectObject) \
            else IndirectObject(indirect_reference, 0, self)
        key = (ref.generation, ref.idnum)
        if self._plain and key not in self.resolved_objects:
            off = self._offset(*key)
            if off is not None:
                for peer in self._peers:
                    if peer is self or peer._bytes is not self._bytes or not peer._plain:
                        continue
                    obj = peer.resolved_objects.get(key)
                    if obj is not None and peer._offset(*key) == off \
                            and self._shareable(obj, off):
                        return self.cache_indirect_object(ref.generation, ref.idnum,
                                                          _rebind(obj, self))
        return super().get_object(ref)
