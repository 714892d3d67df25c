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
from dataclasses import dataclass, field

from asn1crypto import algos, cms, tsp
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
    "der_trim",
    "new_hash",
]


class CmsError(ValueError):
    """The CMS structure is malformed (FORMAT_FAILURE)."""


_HASHES = {
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
    """Cut the zero padding after a DER SEQUENCE (the /Contents placeholder is padded)."""
    if len(blob) < 2 or blob[0] != 0x30:
        raise CmsError("signature contents are not a DER SEQUENCE")
    first = blob[1]
    if first < 0x80:
        length, header = first, 2
    else:
        n = first & 0x7F
        if n == 0 or n > 4 or len(blob) < 2 + n:
            raise CmsError("signature contents have an invalid DER length")
        length, header = int.from_bytes(blob[2 : 2 + n], "big"), 2 + n
    end = header + length
    if end > len(blob):
        raise CmsError("signature contents are truncated")
    if any(blob[end:]):
        raise CmsError("non-zero bytes after the CMS structure in /Contents")
    return blob[:end]


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


def _attr(attrs: cms.CMSAttributes | None, name: str):
    if attrs is None or not isinstance(attrs, cms.CMSAttributes):
        return None
    found = [a for a in attrs if a["type"].native == name]
    if not found:
        return None
    if len(found) > 1 or len(found[0]["values"]) != 1:
        raise CmsError(f"attribute {name} must occur exactly once with one value")
    return found[0]["values"][0]


def _find_signer(sd: cms.SignedData, si: cms.SignerInfo, certs: list[a_x509.Certificate]):
    sid = si["sid"]
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            ias = sid.chosen
            if cert.issuer == ias["issuer"] and cert.serial_number == ias["serial_number"].native:
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
        payload, algo = prehashed, utils.Prehashed(h)
    else:
        payload, algo = data, h
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
    if encapsulated is not None:
        hobj = new_hash(digest_name)
        hobj.update(encapsulated)
        content_digest = hobj.digest()
    signed_attrs = si["signed_attrs"]
    has_attrs = bool(signed_attrs.native) if signed_attrs is not None else False
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
        if encapsulated is not None:
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


@dataclass
class TimestampCheck:
    time: dt.datetime | None = None
    intact: bool = False
    cms: CmsCheck | None = None
    problems: list[str] = field(default_factory=list)


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
