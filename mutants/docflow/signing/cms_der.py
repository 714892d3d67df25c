"""The CMS SignedData of a PAdES signature, assembled by docflow from pre-encoded DER pieces.

Why docflow builds it and not endesive: endesive's ``signer.sign`` builds the same structure
with asn1crypto objects, which costs about 40 ms per signature in pure Python (most of
docflow's signing time on small and medium files), and docflow then had to parse and
re-encode it again to fix defects 5 and 9. Everything in this structure is fixed by the
certificates except three values (the document digest, the signature value and the optional
time-stamp token), so it is concatenated from DER pieces in microseconds instead.

The output is byte-for-byte what endesive 3.0.1 + docflow's former fixes produced (a test
compares both): DER, SET OF sorted as DER requires, and

    ContentInfo { signedData,
      SignedData { version 1, digestAlgorithms {sha256 NULL}, encapContentInfo {data} (detached),
        certificates [0] { signer certificate, chain },
        signerInfos { SignerInfo { version 1, issuerAndSerialNumber, sha256 NULL,
          signedAttrs [0] { contentType data, messageDigest, signingCertificateV2 {
              ESSCertIDv2 { certHash sha256 (hashAlgorithm sha256 is the DEFAULT, omitted),
                            issuerSerial { [4] issuer, serial } } } },
          signatureAlgorithm  rsaEncryption NULL (RSA PKCS#1 v1.5)
                            | ecdsa-with-SHA256 (no parameters, RFC 5758; defect 5),
          signature,
          unsignedAttrs [1] { signatureTimeStampToken } (PAdES B-T only) } } } }

No signingTime attribute (PAdES puts the claimed time in the signature dictionary's /M) and
no revocation data (defect 10). Only SHA-256 is produced.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["SignedDataTemplate", "der_oid"]


def _length(n: int) -> bytes:
    if n < 0x80:
        return bytes((n,))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes((0x80 | len(body),)) + body


def _tlv(tag: int, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return bytes((tag,)) + _length(len(body)) + body


def _set_of(items: Sequence[bytes], tag: int = 0x31) -> bytes:
    # DER: the elements of a SET OF are ordered by their encodings (X.690 §11.6); verifiers
    # such as NSS re-encode the signed attributes before hashing, so the order must be DER's.
    return _tlv(tag, *sorted(items))


def der_oid(dotted: str) -> bytes:
    """DER OBJECT IDENTIFIER for a dotted string."""
    arcs = [int(a) for a in dotted.split(".")]
    body = bytearray()
    for value in [arcs[0] * 40 + arcs[1], *arcs[2:]]:
        chunk = [value & 0x7F]
        value >>= 7
        while value:
            chunk.append(0x80 | (value & 0x7F))
            value >>= 7
        body += bytes(reversed(chunk))
    return _tlv(0x06, bytes(body))


_NULL = b"\x05\x00"
_OID_DATA = der_oid("1.2.840.113549.1.7.1")
_OID_SIGNED_DATA = der_oid("1.2.840.113549.1.7.2")
_OID_CONTENT_TYPE = der_oid("1.2.840.113549.1.9.3")
_OID_MESSAGE_DIGEST = der_oid("1.2.840.113549.1.9.4")
_OID_SIGNING_CERTIFICATE_V2 = der_oid("1.2.840.113549.1.9.16.2.47")
_OID_SIGNATURE_TIME_STAMP = der_oid("1.2.840.113549.1.9.16.2.14")
_SHA256 = _tlv(0x30, der_oid("2.16.840.1.101.3.4.2.1"), _NULL)
# RFC 3370 §3.2: rsaEncryption with NULL parameters (what endesive writes for PKCS#1 v1.5).
_RSA = _tlv(0x30, der_oid("1.2.840.113549.1.1.1"), _NULL)
# RFC 5758 §3.2: ecdsa-with-SHA256, parameters absent (defect 5: endesive writes rsaEncryption).
_ECDSA_SHA256 = _tlv(0x30, der_oid("1.2.840.10045.4.3.2"))
_SIGNATURE_ALGORITHMS = {"rsa": _RSA, "ec": _ECDSA_SHA256}
_CONTENT_TYPE_ATTR = _tlv(0x30, _OID_CONTENT_TYPE, _tlv(0x31, _OID_DATA))


def _read_tlv(buf: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, start of contents, end of element) of the DER element at ``pos``."""
    tag = buf[pos]
    first = buf[pos + 1]
    if first < 0x80:
        return tag, pos + 2, pos + 2 + first
    count = first & 0x7F
    if count == 0 or count > 4:
        raise ValueError("unsupported DER length")
    length = int.from_bytes(buf[pos + 2:pos + 2 + count], "big")
    start = pos + 2 + count
    return tag, start, start + length


def _children(buf: bytes, start: int, end: int) -> list[tuple[int, int, int]]:
    out = []
    pos = start
    while pos < end:
        tag, body, stop = _read_tlv(buf, pos)
        out.append((tag, pos, stop))
        pos = stop
    return out


def _issuer_and_serial(cert_der: bytes) -> tuple[bytes, bytes]:
    """The issuer Name and serialNumber INTEGER exactly as encoded in the certificate.

    Copied byte for byte (never re-encoded), so the SignerIdentifier matches the certificate
    even when its issuer uses an unusual string type."""
    _, cert_body, cert_end = _read_tlv(cert_der, 0)
    if cert_end != len(cert_der):
        raise ValueError("certificate DER has trailing data")
    _, tbs_body, tbs_end = _read_tlv(cert_der, cert_body)
    fields = _children(cert_der, tbs_body, tbs_end)
    if fields[0][0] == 0xA0:  # [0] EXPLICIT version
        fields = fields[1:]
    (serial_tag, s0, s1), _algorithm, (issuer_tag, i0, i1) = fields[:3]
    if serial_tag != 0x02 or issuer_tag != 0x30:
        raise ValueError("not an X.509 certificate")
    return cert_der[i0:i1], cert_der[s0:s1]


@dataclass(frozen=True)
class SignedDataTemplate:
    """Every part of the CMS that depends only on the signer, encoded once.

    ``signed_attributes(digest)`` gives the bytes the key signs; ``assemble`` puts the
    signature (and time-stamp token) in."""

    key_algorithm: str
    _certificates: bytes  # [0] IMPLICIT SET OF Certificate
    _sid: bytes  # IssuerAndSerialNumber
    _signing_certificate_v2: bytes  # the whole attribute

    @classmethod
    def for_certificates(
        cls, key_algorithm: str, certificate_der: bytes, chain_der: Sequence[bytes]
    ) -> SignedDataTemplate:
        if key_algorithm not in _SIGNATURE_ALGORITHMS:
            raise ValueError(f"unsupported key algorithm {key_algorithm!r}")
        issuer, serial = _issuer_and_serial(certificate_der)
        ess_cert_id_v2 = _tlv(
            0x30,
            _tlv(0x04, hashlib.sha256(certificate_der).digest()),
            _tlv(0x30, _tlv(0x30, _tlv(0xA4, issuer)), serial),  # IssuerSerial
        )
        attribute = _tlv(
            0x30,
            _OID_SIGNING_CERTIFICATE_V2,
            _tlv(0x31, _tlv(0x30, _tlv(0x30, ess_cert_id_v2))),
        )
        return cls(
            key_algorithm=key_algorithm,
            _certificates=_set_of([certificate_der, *chain_der], tag=0xA0),
            _sid=_tlv(0x30, issuer, serial),
            _signing_certificate_v2=attribute,
        )

    def _attributes(self, digest: bytes) -> list[bytes]:
        if len(digest) != 32:
            raise ValueError("the message digest must be SHA-256")
        message_digest = _tlv(0x30, _OID_MESSAGE_DIGEST, _tlv(0x31, _tlv(0x04, digest)))
        return [_CONTENT_TYPE_ATTR, message_digest, self._signing_certificate_v2]

    def signed_attributes(self, digest: bytes) -> bytes:
        """DER of the signed attributes as a SET (tag 0x31): what the signature covers."""
        return _set_of(self._attributes(digest))

    def assemble(
        self,
        digest: bytes,
        signature: bytes,
        timestamp: Callable[[bytes], bytes | None] | None = None,
    ) -> tuple[bytes, bytes | None]:
        """The ContentInfo DER, and the time-stamp token embedded in it (if any).

        ``timestamp(imprint)`` is asked for an RFC 3161 token over SHA-256 of the signature
        value (ETSI EN 319 122-1 signature-time-stamp); it may return None when the caller
        allowed signing without one."""
        unsigned = b""
        token = None
        if timestamp is not None:
            token = timestamp(hashlib.sha256(signature).digest())
        if token is not None:
            tag, _, end = _read_tlv(token, 0)
            if tag != 0x30 or end != len(token):
                raise ValueError("the time-stamp token is not one DER ContentInfo")
            unsigned = _tlv(0xA1, _tlv(0x30, _OID_SIGNATURE_TIME_STAMP, _tlv(0x31, token)))
        signer_info = _tlv(
            0x30,
            b"\x02\x01\x01",
            self._sid,
            _SHA256,
            _set_of(self._attributes(digest), tag=0xA0),
            _SIGNATURE_ALGORITHMS[self.key_algorithm],
            _tlv(0x04, signature),
            unsigned,
        )
        signed_data = _tlv(
            0x30,
            b"\x02\x01\x01",
            _tlv(0x31, _SHA256),
            _tlv(0x30, _OID_DATA),
            self._certificates,
            _tlv(0x31, signer_info),
        )
        return _tlv(0x30, _OID_SIGNED_DATA, _tlv(0xA0, signed_data)), token
