"""CMS (RFC 5652) checks for PDF signatures and RFC 3161 timestamp tokens.

Own code on asn1crypto (parsing) and ``cryptography`` (signature maths). Not endesive: its
verifier raises on malformed input, accepts an ECDSA signature labelled ``rsaEncryption``,
and does not bind the signer through signing-certificate(-v2); not pyHanko either, so that
every failure maps to exactly one ETSI sub-indication here.

``check_signed_data`` answers: which certificate signed, does the messageDigest attribute
equal the digest of the signed bytes (intact), does the signature value verify with that
certificate's key (crypto_valid), is the certificate bound by signing-certificate(-v2), and
which algorithms were used (for the algorithm policy).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from asn1crypto import algos, cms, core, tsp
from asn1crypto import crl as a_crl
from asn1crypto import ocsp as a_ocsp
from asn1crypto import x509 as a_x509
from asn1crypto.core import Void
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa, utils

__all__ = [
    "CmsError",
    "CmsCheck",
    "TimestampCheck",
    "load_signed_data",
    "digest_algorithm",
    "check_signed_data",
    "check_timestamp_token",
    "check_pkcs7_sha1",
    "adobe_revocation_info",
    "unsupported_algorithm",
    "unsupported_digest",
    "ADOBE_REVOCATION_INFO",
    "NOT_IMPLEMENTED",
    "same_name",
    "der_trim",
    "new_hash",
]


class CmsError(ValueError):
    """The CMS structure is malformed (FORMAT_FAILURE)."""


_HASHES: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    "md5": hashes.MD5, "sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256,
    "sha384": hashes.SHA384, "sha512": hashes.SHA512, "sha3_256": hashes.SHA3_256,
    "sha3_384": hashes.SHA3_384, "sha3_512": hashes.SHA3_512,
}
_HASHLIB = {
    "md5": "md5", "sha1": "sha1", "sha224": "sha224", "sha256": "sha256", "sha384": "sha384",
    "sha512": "sha512", "sha3_256": "sha3_256", "sha3_384": "sha3_384", "sha3_512": "sha3_512",
}


def new_hash(name: str):
    """A hashlib object for an asn1crypto digest algorithm name."""
    try:
        return hashlib.new(_HASHLIB[name])
    except KeyError as exc:
        raise CmsError(f"unsupported digest algorithm {name}") from exc


def der_trim(blob: bytes) -> bytes:
    """Cut the zero padding after the CMS structure (the /Contents placeholder is padded) and
    give definite lengths to a BER encoding.

    Real signers write BER, not only DER: Adobe and several national-ID middlewares emit the
    outer ContentInfo/SignedData with indefinite lengths (``30 80 ... 00 00``). The extent is
    found by a BER parse, everything after it must be zero padding, and indefinite lengths
    are rewritten as definite ones (elements without any are kept byte for byte, so the
    signed attributes stay exactly as signed).
    """
    if len(blob) < 2 or blob[0] != 0x30:
        raise CmsError("signature contents are not a DER SEQUENCE")
    first = blob[1]
    if first > 0x80 and ((first & 0x7F) > 4 or len(blob) < 2 + (first & 0x7F)):
        raise CmsError("signature contents have an invalid DER length")
    try:
        encoded, end = _definite(blob, 0, len(blob), 0)
    except IndexError as exc:
        raise CmsError("signature contents are truncated") from exc
    if any(blob[end:]):
        raise CmsError("non-zero bytes after the CMS structure in /Contents")
    return encoded


_MAX_BER_DEPTH = 64


def _definite(data: bytes, pos: int, limit: int, depth: int) -> tuple[bytes, int]:
    """(the TLV at ``pos`` with definite lengths only, the offset after it in ``data``).
    Raises IndexError when the data ends early, CmsError when it is not BER."""
    if depth > _MAX_BER_DEPTH:
        raise CmsError("the CMS structure is nested too deeply")
    start = pos
    tag = data[pos]
    pos += 1
    if tag & 0x1F == 0x1F:  # high tag number form
        while data[pos] & 0x80:
            pos += 1
        pos += 1
    header_end = pos
    first = data[pos]
    pos += 1
    constructed = bool(tag & 0x20)
    if first == 0x80:
        if not constructed:
            raise CmsError("indefinite length on a primitive BER element")
        parts = []
        while True:
            if pos + 2 > limit:
                raise IndexError("no end-of-contents")
            if data[pos] == 0 and data[pos + 1] == 0:
                pos += 2
                break
            part, pos = _definite(data, pos, limit, depth + 1)
            parts.append(part)
        body = b"".join(parts)
        return data[start:header_end] + _der_length(len(body)) + body, pos
    if first & 0x80:
        n = first & 0x7F
        if n == 0 or n > 4:
            raise CmsError("signature contents have an invalid DER length")
        if pos + n > limit:
            raise IndexError("length octets")
        length = int.from_bytes(data[pos : pos + n], "big")
        pos += n
    else:
        length = first
    end = pos + length
    if end > limit:
        raise IndexError("contents")
    if not constructed or b"\x80" not in data[pos:end]:
        return data[start:end], end  # no indefinite length can hide inside: keep the bytes
    parts, inner, changed = [], pos, False
    while inner < end:
        part, nxt = _definite(data, inner, end, depth + 1)
        changed = changed or part != data[inner:nxt]
        parts.append(part)
        inner = nxt
    if not changed:
        return data[start:end], end
    body = b"".join(parts)
    return data[start:header_end] + _der_length(len(body)) + body, end


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    body = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def load_signed_data(der: bytes) -> cms.SignedData:
    try:
        info = cms.ContentInfo.load(der_trim(der))
        if info["content_type"].native != "signed_data":
            raise CmsError("the signature is not a CMS SignedData")
        sd = info["content"]
        # parse what the checks read now (a full .native parse costs ~70 ms); anything
        # malformed later still raises inside the per-signature guard -> FORMAT_FAILURE
        sd["signer_infos"][0]["signed_attrs"].contents  # noqa: B018
    except CmsError:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise CmsError(f"the CMS signature cannot be parsed ({exc})") from exc
    if len(sd["signer_infos"]) != 1:
        raise CmsError(f"expected one SignerInfo, found {len(sd['signer_infos'])}")
    return sd


def digest_algorithm(sd: cms.SignedData) -> str:
    return sd["signer_infos"][0]["digest_algorithm"]["algorithm"].native


@dataclass
class CmsCheck:
    signer_cert: a_x509.Certificate | None = None
    certificates: list[a_x509.Certificate] = field(default_factory=list)
    intact: bool = False
    crypto_valid: bool = False
    cert_bound: bool = False
    digest_algorithm: str = ""
    signature_algorithm: str = ""
    claimed_signing_time: dt.datetime | None = None
    algorithm_problems: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    signature_value: bytes = b""
    unsigned_attrs: cms.CMSAttributes | None = None
    # set when the CMS uses an algorithm docflow does not implement (DSA, Ed448/SHAKE256...):
    # nothing was checked, which is INDETERMINATE, not a failure of the signature
    unsupported: str | None = None


# every "docflow cannot check this algorithm" problem contains these words (plain.py keys
# its sentence for people on them)
NOT_IMPLEMENTED = "is not implemented by docflow"
_SIGNATURE_FAMILIES = {"rsassa_pkcs1v15", "rsassa_pss", "ecdsa", "ed25519", "ed448"}


def unsupported_digest(name: str) -> str | None:
    if name in _HASHLIB:
        return None
    return (f"the digest algorithm {name.upper()} is not implemented by docflow; the "
            "signature was not checked")


def unsupported_algorithm(sd: cms.SignedData) -> str | None:
    """Why docflow cannot check this SignerInfo (an algorithm it does not implement), or
    None. Checked before anything is hashed, so that such a signature is reported for what
    it is (INDETERMINATE) instead of failing as if it were broken."""
    si = sd["signer_infos"][0]
    digest = si["digest_algorithm"]["algorithm"]
    if unsupported_digest(digest.native):
        return unsupported_digest(digest.native)
    sig_alg = si["signature_algorithm"]
    try:
        family = sig_alg.signature_algo
    except ValueError:
        family = sig_alg["algorithm"].dotted
    if family not in _SIGNATURE_FAMILIES:
        return (f"the signature algorithm {str(family).upper()} is not implemented by docflow; "
                "the signature was not checked")
    try:
        hash_name = sig_alg.hash_algo
    except ValueError:
        hash_name = digest.native
    if family not in ("ed25519", "ed448") and hash_name not in _HASHES:
        return (f"the signature hash {hash_name.upper()} is not implemented by docflow; "
                "the signature was not checked")
    if family == "rsassa_pss":
        try:
            mgf = sig_alg["parameters"]["mask_gen_algorithm"]["parameters"]["algorithm"].native
        except (KeyError, TypeError, ValueError):
            mgf = None
        if mgf not in _HASHES:
            return f"the RSA-PSS mask hash {mgf} is not implemented by docflow"
    return None


def _attr(attrs: cms.CMSAttributes | None, name: str):
    if attrs is None or not isinstance(attrs, cms.CMSAttributes):
        return None
    found = [a for a in attrs if a["type"].native == name]
    if not found:
        return None
    if len(found) > 1 or len(found[0]["values"]) != 1:
        raise CmsError(f"attribute {name} must occur exactly once with one value")
    return found[0]["values"][0]


def same_name(a: a_x509.Name, b: a_x509.Name) -> bool:
    """X.500 name equality (RFC 5280 §7.1); identical encodings first, because asn1crypto's
    comparison runs LDAP string preparation on every attribute (milliseconds per name)."""
    return a.dump() == b.dump() or a == b


def _find_signer(sd: cms.SignedData, si: cms.SignerInfo, certs: list[a_x509.Certificate]):
    sid = si["sid"]
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if (cert.serial_number == ias["serial_number"].native
                    and same_name(cert.issuer, ias["issuer"])):
                return cert
        elif sid.name == "subject_key_identifier" and cert.key_identifier == sid.chosen.native:
            return cert
    return None


def _verify(cert: a_x509.Certificate, si: cms.SignerInfo, data: bytes | None,
            prehashed: bytes | None, digest_name: str) -> tuple[bool, str | None]:
    """Verify the signature value; returns (ok, problem)."""
    key = x509.load_der_x509_certificate(cert.dump()).public_key()
    sig_alg: algos.SignedDigestAlgorithm = si["signature_algorithm"]
    family = sig_alg.signature_algo
    try:
        hash_name = sig_alg.hash_algo
    except ValueError:
        hash_name = digest_name
    if hash_name not in _HASHES:
        return False, f"unsupported hash algorithm {hash_name}"
    h = _HASHES[hash_name]()
    if prehashed is not None:
        if hash_name != digest_name:
            return False, "signature hash differs from the digest algorithm"
        payload: bytes = prehashed
        algo: utils.Prehashed | hashes.HashAlgorithm = utils.Prehashed(h)
    else:
        # the callers pass the data whenever they pass no digest
        payload, algo = cast(bytes, data), h
    signature = si["signature"].native
    try:
        if family == "rsassa_pkcs1v15":
            if not isinstance(key, rsa.RSAPublicKey):
                return False, "the signature is labelled RSA but the certificate key is not RSA"
            key.verify(signature, payload, padding.PKCS1v15(), algo)
        elif family == "rsassa_pss":
            if not isinstance(key, rsa.RSAPublicKey):
                return False, "the signature is labelled RSA-PSS but the key is not RSA"
            params = sig_alg["parameters"]
            mgf_hash = _HASHES[params["mask_gen_algorithm"]["parameters"]["algorithm"].native]()
            key.verify(signature, payload,
                       padding.PSS(padding.MGF1(mgf_hash), params["salt_length"].native), algo)
        elif family == "ecdsa":
            if not isinstance(key, ec.EllipticCurvePublicKey):
                return False, "the signature is labelled ECDSA but the certificate key is not EC"
            key.verify(signature, payload, ec.ECDSA(algo))
        elif family in ("ed25519", "ed448"):
            if prehashed is not None or not isinstance(
                key, ed25519.Ed25519PublicKey | ed448.Ed448PublicKey
            ):
                return False, "EdDSA signature without signed attributes or with a non-EdDSA key"
            key.verify(signature, payload)
        else:
            return False, f"unsupported signature algorithm {family}"
    except InvalidSignature:
        return False, "the signature value does not verify with the signer's public key"
    except (UnsupportedAlgorithm, ValueError, TypeError) as exc:
        return False, f"the signature value cannot be checked ({exc})"
    return True, None


def _algorithm_problems(cert: a_x509.Certificate, si: cms.SignerInfo, digest_name: str,
                        weak: frozenset[str], min_rsa_bits: int) -> list[str]:
    problems = []
    if digest_name in weak:
        problems.append(f"weak digest algorithm {digest_name.upper()}")
    sig_alg = si["signature_algorithm"]
    try:
        h = sig_alg.hash_algo
        if h in weak and h != digest_name:
            problems.append(f"weak signature hash {h.upper()}")
    except ValueError:
        pass
    if cert.public_key.algorithm == "rsa" and cert.public_key.bit_size < min_rsa_bits:
        problems.append(f"RSA key of {cert.public_key.bit_size} bits (minimum {min_rsa_bits})")
    return problems


def check_signed_data(
    sd: cms.SignedData,
    content_digest: bytes | None,
    *,
    encapsulated: bytes | None = None,
    expected_content_type: str = "data",
    weak_hashes: frozenset[str] = frozenset({"md2", "md5", "sha1"}),
    min_rsa_bits: int = 2048,
    extra_certs: list[a_x509.Certificate] | None = None,
) -> CmsCheck:
    """Check one SignerInfo. ``content_digest`` is the digest (with the SignerInfo's digest
    algorithm) of the detached content (the PDF byte ranges); for a timestamp token pass
    ``encapsulated`` (the TSTInfo bytes) instead."""
    si: cms.SignerInfo = sd["signer_infos"][0]
    result = CmsCheck()
    result.digest_algorithm = digest_name = si["digest_algorithm"]["algorithm"].native
    result.signature_algorithm = si["signature_algorithm"]["algorithm"].native
    result.signature_value = si["signature"].native
    # len(), not .native: .native would decode the whole embedded timestamp token (~1 s on a
    # lazily parsed CMS under load, measured by the 1M-document benchmark)
    unsigned = si["unsigned_attrs"]
    result.unsigned_attrs = unsigned if not isinstance(unsigned, Void) and len(unsigned) else None
    result.certificates = [
        c.chosen for c in (sd["certificates"] or []) if c.name == "certificate"
    ]
    signer = _find_signer(sd, si, result.certificates + list(extra_certs or []))
    result.signer_cert = signer
    result.unsupported = unsupported_algorithm(sd)
    if result.unsupported:
        result.problems.append(result.unsupported)
        return result
    if encapsulated is not None:
        hobj = new_hash(digest_name)
        hobj.update(encapsulated)
        content_digest = hobj.digest()
    signed_attrs = si["signed_attrs"]
    # len(), not .native: .native decodes every attribute, also an embedded Adobe revocation
    # archive of several CRLs (slow, and one odd CRL extension would make the CMS unreadable)
    has_attrs = (signed_attrs is not None and not isinstance(signed_attrs, Void)
                 and len(signed_attrs) > 0)
    if has_attrs:
        md = _attr(signed_attrs, "message_digest")
        ctype = _attr(signed_attrs, "content_type")
        if md is None or ctype is None:
            raise CmsError("signed attributes lack messageDigest or contentType")
        if ctype.native != expected_content_type:
            raise CmsError(f"contentType is {ctype.native}, expected {expected_content_type}")
        result.intact = md.native == content_digest
        if not result.intact:
            result.problems.append("the signed bytes do not match the message digest")
        st = _attr(signed_attrs, "signing_time")
        result.claimed_signing_time = st.native if st is not None else None
    else:
        if expected_content_type == "tst_info":
            raise CmsError("timestamp token without signed attributes")
        result.intact = True  # checked by the signature value itself below
    if signer is None:
        result.problems.append("the signer's certificate is not in the signature")
        return result
    if has_attrs:
        # signed over the SET OF encoding of the attributes as received, not the [0] tag
        raw = signed_attrs.contents
        to_verify = b"\x31" + _der_length(len(raw)) + raw
        ok, problem = _verify(signer, si, to_verify, None, digest_name)
    else:
        ok, problem = _verify(signer, si, None, content_digest, digest_name)
        if not ok:
            result.intact = False
    result.crypto_valid = ok
    if problem:
        result.problems.append(problem)
    result.cert_bound = _cert_bound(signed_attrs if has_attrs else None, signer, result)
    result.algorithm_problems = _algorithm_problems(
        signer, si, digest_name, weak_hashes, min_rsa_bits
    )
    return result


def _cert_bound(attrs, signer: a_x509.Certificate, result: CmsCheck) -> bool:
    """signing-certificate(-v2): the attribute (if present) must name the signer cert."""
    v2 = _attr(attrs, "signing_certificate_v2")
    v1 = _attr(attrs, "signing_certificate")
    if v2 is None and v1 is None:
        return False
    ref = (v2 or v1)["certs"][0]
    algo = ref["hash_algorithm"]["algorithm"].native if v2 is not None else "sha1"
    h = new_hash(algo)
    h.update(signer.dump())
    if h.digest() != ref["cert_hash"].native:
        result.problems.append("the signing-certificate attribute names a different certificate")
        return False
    issuer_serial = ref["issuer_serial"]
    if issuer_serial.native is not None and (
        issuer_serial["serial_number"].native != signer.serial_number
    ):
        result.problems.append("the signing-certificate attribute names a different serial")
        return False
    return True


def check_pkcs7_sha1(sd: cms.SignedData, ranges_sha1: bytes, **kw) -> CmsCheck:
    """``adbe.pkcs7.sha1`` (ISO 32000-1 §12.8.3.3.1): the CMS encapsulates the SHA-1 digest of
    the byte ranges as its eContent (type data) and signs that eContent, so messageDigest is
    the digest of the 20-byte eContent, not of the document. ``ranges_sha1`` is the SHA-1 of
    the signed byte ranges."""
    eci = sd["encap_content_info"]
    inner = eci["content"].native if eci["content_type"].native == "data" else None
    if not isinstance(inner, bytes):
        raise CmsError("an adbe.pkcs7.sha1 signature must encapsulate the SHA-1 digest of the "
                       "signed bytes")
    check = check_signed_data(sd, None, encapsulated=inner, **kw)
    if check.unsupported:
        return check
    if inner != ranges_sha1:
        check.intact = False
        check.problems.append("the SHA-1 digest inside the signature does not match the signed "
                              "bytes")
    weak = kw.get("weak_hashes", frozenset({"md2", "md5", "sha1"}))
    if "sha1" in weak and not any("SHA1" in p for p in check.algorithm_problems):
        check.algorithm_problems.append("adbe.pkcs7.sha1 hashes the document with weak SHA1")
    return check


# adbe-revocationInfoArchival (Adobe's PDF reference, "Signature interoperability"): a
# signed attribute carrying the CRLs and OCSP responses the signer saw. asn1crypto does not
# know the OID (pyHanko registers it when imported), so it is read here by its own spec.
ADOBE_REVOCATION_INFO = "1.2.840.113583.1.1.8"


class _Crls(core.SequenceOf):
    _child_spec = a_crl.CertificateList


class _Ocsps(core.SequenceOf):
    _child_spec = a_ocsp.OCSPResponse


class _OtherRevInfos(core.SequenceOf):
    _child_spec = core.Any


class _RevocationInfoArchival(core.Sequence):
    _fields = [
        ("crl", _Crls, {"explicit": 0, "optional": True}),
        ("ocsp", _Ocsps, {"explicit": 1, "optional": True}),
        ("other_rev_info", _OtherRevInfos, {"explicit": 2, "optional": True}),
    ]


def adobe_revocation_info(sd: cms.SignedData) -> tuple[
        list[a_crl.CertificateList], list[a_ocsp.OCSPResponse], list[str]]:
    """The CRLs and OCSP responses of the signer's adbe-revocationInfoArchival attribute, to
    be used as validation data, and problems (an attribute that cannot be read is ignored
    and said so; it never makes the signature unreadable)."""
    crls: list[a_crl.CertificateList] = []
    ocsps: list[a_ocsp.OCSPResponse] = []
    attrs = sd["signer_infos"][0]["signed_attrs"]
    if attrs is None or isinstance(attrs, Void):
        return crls, ocsps, []
    try:
        for attr in attrs:
            if attr["type"].dotted != ADOBE_REVOCATION_INFO:
                continue
            for value in attr["values"]:
                archive = _RevocationInfoArchival.load(value.dump())
                for crl in () if isinstance(archive["crl"], Void) else archive["crl"]:
                    crl["tbs_cert_list"]["issuer"].native  # noqa: B018 - parse now
                    crls.append(crl)
                for resp in () if isinstance(archive["ocsp"], Void) else archive["ocsp"]:
                    resp["response_status"].native  # noqa: B018
                    ocsps.append(resp)
    except (ValueError, TypeError, KeyError) as exc:
        return [], [], ["Adobe's revocation-information attribute cannot be read and was "
                        f"ignored ({exc})"]
    return crls, ocsps, []


@dataclass
class TimestampCheck:
    time: dt.datetime | None = None
    intact: bool = False
    cms: CmsCheck | None = None
    problems: list[str] = field(default_factory=list)
    unsupported: str | None = None  # an algorithm docflow does not implement: proves nothing


def check_timestamp_token(token: cms.ContentInfo | bytes, imprint_of: bytes | None = None, *,
                          imprint_digest: dict[str, bytes] | None = None,
                          weak_hashes: frozenset[str] = frozenset({"md2", "md5", "sha1"}),
                          min_rsa_bits: int = 2048) -> TimestampCheck:
    """Check an RFC 3161 token: its CMS and that its imprint is the hash of ``imprint_of``
    (a signature value) or, for document timestamps, equals ``imprint_digest[algo]``."""
    out = TimestampCheck()
    if isinstance(token, bytes):
        sd = load_signed_data(token)
    else:
        if token["content_type"].native != "signed_data":
            raise CmsError("timestamp token is not a SignedData")
        sd = token["content"]
        if len(sd["signer_infos"]) != 1:
            raise CmsError("timestamp token must have one SignerInfo")
    eci = sd["encap_content_info"]
    if eci["content_type"].native != "tst_info":
        raise CmsError("timestamp token does not encapsulate a TSTInfo")
    raw = eci["content"].contents
    tst = tsp.TSTInfo.load(raw)
    out.time = tst["gen_time"].native
    check = check_signed_data(sd, None, encapsulated=raw, expected_content_type="tst_info",
                              weak_hashes=weak_hashes, min_rsa_bits=min_rsa_bits)
    out.cms = check
    algo = tst["message_imprint"]["hash_algorithm"]["algorithm"].native
    if check.unsupported or algo not in _HASHLIB:
        out.unsupported = check.unsupported or (
            f"the timestamp's imprint algorithm {algo.upper()} is not implemented by docflow")
        out.problems.append(out.unsupported)
        return out
    hashed = tst["message_imprint"]["hashed_message"].native
    if imprint_of is not None:
        h = new_hash(algo)
        h.update(imprint_of)
        expected = h.digest()
    else:
        expected = (imprint_digest or {}).get(algo)
    imprint_ok = expected is not None and expected == hashed
    if not imprint_ok:
        out.problems.append("the timestamp's message imprint does not match what it stamps")
    if algo in weak_hashes:
        check.algorithm_problems.append(f"timestamp imprint uses weak {algo.upper()}")
    out.intact = imprint_ok and check.intact and check.crypto_valid
    out.problems.extend(check.problems)
    return out
