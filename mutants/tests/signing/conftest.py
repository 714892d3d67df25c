"""Session-scoped keys, CAs, a real loopback TSA, images and PDFs for the signing tests."""

from __future__ import annotations

import io
import shutil

import pytest
from PIL import Image, ImageDraw

from docflow.pki.tsa import DevTsaServer, HttpTimestamper
from docflow.signing.signer import SoftwareSigner
from tests.signing.oracles import nss_db
from tests.support.pdfs import official_letter
from tests.support.pki import TestCA


@pytest.fixture(scope="session")
def pki():
    root = TestCA("docflow Signing Test Root")
    issuing = TestCA("docflow Signing Test Issuing CA", parent=root)
    return root, issuing


@pytest.fixture(scope="session")
def root_cert(pki):
    return pki[0].cert


def _signer(issued) -> SoftwareSigner:
    return SoftwareSigner(issued.key, issued.cert, issued.chain)


@pytest.fixture(scope="session")
def leader(pki):
    """The competent person (RSA-2048)."""
    return pki[1].issue("Nguyễn Văn Nghĩa", title="Phó Giám đốc")


@pytest.fixture(scope="session")
def rsa_signer(leader):
    return _signer(leader)


@pytest.fixture(scope="session")
def ec_signer(pki):
    return _signer(pki[1].issue("Trần Thị Hĩnh", key_kind="ec"))


@pytest.fixture(scope="session")
def agency_signer(pki):
    """The agency's 'digital seal' certificate, used by the clerk."""
    return _signer(pki[1].issue("Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi"))


@pytest.fixture(scope="session")
def third_signer(pki):
    return _signer(pki[1].issue("Lê Văn Tĩnh", key_kind="ec"))


@pytest.fixture(scope="session")
def tsa_issued(pki):
    return pki[1].issue("docflow Dev TSA", key_usage="tsa")


@pytest.fixture(scope="session")
def tsa_server(tsa_issued):
    with DevTsaServer(tsa_issued.cert, tsa_issued.key, tsa_issued.chain) as server:
        yield server


@pytest.fixture(scope="session")
def timestamper(tsa_server):
    return HttpTimestamper(tsa_server.url)


@pytest.fixture(scope="session")
def nssdir(root_cert, tmp_path_factory):
    if shutil.which("certutil") is None:
        return None  # pdfsig then checks signatures, not trust
    return nss_db(root_cert, tmp_path_factory.mktemp("nss"))


@pytest.fixture(scope="session")
def letter() -> bytes:
    return official_letter()


@pytest.fixture(scope="session")
def bare_letter() -> bytes:
    """The letter without the printed signer block: the leader appearance supplies it."""
    return official_letter(signer_title="", signer_name="")


def _png(img: Image.Image, dpi: int | None = None) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return buf.getvalue()


@pytest.fixture(scope="session")
def signature_png() -> bytes:
    """A blue handwritten-looking stroke on a transparent background."""
    img = Image.new("RGBA", (420, 170), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.line([(20, 120), (70, 40), (110, 130), (160, 50), (220, 120), (300, 60), (400, 90)],
           fill=(20, 40, 190, 255), width=7, joint="curve")
    d.line([(60, 140), (380, 130)], fill=(20, 40, 190, 255), width=4)
    return _png(img)


@pytest.fixture(scope="session")
def seal_png() -> bytes:
    """A red round seal, 36 mm at 300 dpi (425 px), transparent outside the rings."""
    size = 425
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (210, 20, 20, 235)
    d.ellipse([4, 4, size - 4, size - 4], outline=red, width=12)
    d.ellipse([70, 70, size - 70, size - 70], outline=red, width=6)
    d.regular_polygon((size / 2, size / 2, 60), 5, rotation=0, fill=red)
    return _png(img, dpi=300)
