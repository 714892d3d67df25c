"""edXML packages: round trip, both namespaces, and hostile XML refused (defusedxml, limits)."""

from __future__ import annotations

import datetime as dt

import pytest

from docflow.edxml.package import (
    NS_EDOC,
    NS_QCVN,
    Attachment,
    EdxmlError,
    Organ,
    Package,
    Signer,
    StatusMessage,
    Trace,
    build_package,
    build_status,
    parse_package,
    parse_status,
)


def _package(namespace=NS_QCVN) -> Package:
    return Package(
        sender=Organ("000.00.31.H53", "Sở Nông nghiệp và Môi trường"),
        recipients=(Organ("000.00.31.H55", "Sở Tài chính"),),
        document_id="000.00.31.H53,2026/11/28,15/QĐ-SNNMT", code_number="15", code_notation="QĐ-SNNMT",
        place="Quảng Ngãi", promulgation_date=dt.date(2026, 11, 28), document_type="QĐ",
        document_type_name="Quyết định",
        subject="Về việc giao đất", signer=Signer("KT. GIÁM ĐỐC", "Phó Giám đốc", "Nguyễn Văn Nghĩa"),
        due_date=dt.date(2026, 12, 10), priority=1, to_places=("Sở Tài chính",),
        trace=(Trace("000.00.31.H53", dt.datetime(2026, 11, 28, 3, 0, tzinfo=dt.UTC)),),
        attachments=(Attachment("cid1", "qd.pdf", b"%PDF-1.7 main"), Attachment("cid2", "pl.pdf", b"%PDF-1.7 annex")),
        namespace=namespace)


@pytest.mark.parametrize("namespace", [NS_QCVN, NS_EDOC])
def test_round_trip_in_both_namespaces(namespace):
    pkg = _package(namespace)
    data = build_package(pkg)
    assert namespace.encode() in data and b"edXMLEnvelope" in data and b"AttachmentEncoded" in data
    assert parse_package(data) == pkg


def test_status_round_trip():
    msg = StatusMessage("000.00.31.H53", "000.00.31.H53,2026/11/28,15/QĐ-SNNMT", "15/QĐ-SNNMT", dt.date(2026, 11, 28),
                        Organ("000.00.31.H55", "Sở Tài chính"), "06", "Đã xử lý xong",
                        dt.datetime(2026, 11, 29, 2, 0, tzinfo=dt.UTC), "Đỗ Thị Thanh Tâm", "Phòng QLNS")
    assert parse_status(build_status(msg)) == msg
    with pytest.raises(EdxmlError):
        build_status(StatusMessage("a", "b", "c", None, Organ("d"), "99"))


HOSTILE = {
    "xxe": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b'<edXMLEnvelope xmlns="http://www.go.vn/eDoc">&x;</edXMLEnvelope>',
    "billion laughs": b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">'
                      b'<!ENTITY c "&b;&b;&b;&b;&b;">]><edXMLEnvelope xmlns="http://www.go.vn/eDoc">&c;</edXMLEnvelope>',
    "wrong namespace": b'<edXMLEnvelope xmlns="urn:other"/>',
    "malformed": b"<edXMLEnvelope",
    "status instead of package": build_status(StatusMessage("a", "b", "c", None, Organ("d"), "03")),
    # the second attachment's encoded content under another ContentId than the manifest's
    "manifest without data": b">cid9<".join(build_package(_package()).rsplit(b">cid2<", 1)),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_or_broken_packages_are_refused(name):
    with pytest.raises(EdxmlError):
        parse_package(HOSTILE[name])


def test_size_limit_before_parsing():
    with pytest.raises(EdxmlError, match="larger"):
        parse_package(build_package(_package()), max_bytes=100)
