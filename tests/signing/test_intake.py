"""The intake policy on producer-shaped PDFs (tests/support/producers.py): each is signed as is
or repaired as the policy says, then signed invisible, visible and twice, and every result is
accepted by pyHanko, pdfsig and qpdf; each refusal says what is wrong, in English and in
Vietnamese, and an internal exception never becomes the reason."""

from __future__ import annotations

import logging
import re
import subprocess
import tempfile

import pytest

from docflow.signing import InvalidInput, SigningError, leader_appearance, sign_pdf, text_appearance
from docflow.signing import intake as intake_module
from docflow.signing.geometry import fit_appearance
from docflow.signing.intake import take_in
from docflow.workflow.outgoing import default_signature_placement
from tests.signing.oracles import assert_pdfsig_accepts, assert_pyhanko_accepts, require
from tests.support import producers as P
from tests.support.pdfs import official_letter

BASE = official_letter(signer_title="", signer_name="")

# name -> (builder, what the intake must do: () = sign as is)
SHAPES = {
    "linearized-stale-hints": (lambda: P.linearized_stale_hints(BASE), ()),
    "xref-offset-0-unused": (lambda: P.xref_offset_zero_unused(BASE), ()),
    "xref-offset-0-info": (lambda: P.xref_offset_zero_info(BASE), ("rebuilt",)),
    "xref-stream-object-streams": (lambda: P.object_streams(BASE), ()),
    "startxref-minus-1": (lambda: P.startxref_off(BASE, -1), ()),
    "startxref-plus-1": (lambda: P.startxref_off(BASE, 1), ("rebuilt",)),
    "size-below-objects": (lambda: P.size_below_objects(BASE), ("rebuilt",)),
    "wrong-stream-length": (lambda: P.wrong_stream_length(BASE), ("rebuilt",)),
    "empty-user-password": (lambda: P.encrypted(BASE), ("decrypted",)),
    "incremental-update-unsigned": (lambda: P.incremental_update(BASE), ()),
    "tiny-page": (P.tiny_page, ()),
    "rotate-90-cropbox": (lambda: P.with_page_geometry(BASE, rotate=90, cropbox=(30, 40, 565, 800)), ()),
}
HARMLESS = re.compile(r"object has offset 0|extraneous whitespace seen before xref")


def _qpdf(data: bytes) -> tuple[int, list[str]]:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(data)
        tmp.flush()
        result = subprocess.run(["qpdf", "--check", tmp.name], capture_output=True, text=True, timeout=120)
    warnings = [re.sub(r"^WARNING: [^:]*(?: \([^)]*\))?: ", "", line) for line in
                (result.stdout + result.stderr).splitlines() if line.startswith("WARNING")]
    return result.returncode, warnings


def assert_qpdf_accepts(signed: bytes, stored: bytes) -> None:
    """qpdf --check: no error; a warning only where the stored input had the same harmless
    one (signing as is keeps the bytes, so it keeps their warnings; it may add none)."""
    code, warnings = _qpdf(signed)
    if code == 0:
        return
    assert code == 3, warnings
    _, before = _qpdf(stored)
    assert all(HARMLESS.search(w) for w in warnings), warnings
    assert set(warnings) <= set(before), (warnings, before)


@pytest.fixture(scope="module", params=sorted(SHAPES))
def shape(request):
    build, repairs = SHAPES[request.param]
    return request.param, build(), repairs


def _visible(intake, signature_png, page: int | None = None):
    page = page or intake.facts.page_count
    size = intake.facts.page(page).size
    placement = default_signature_placement(page, size)
    scale = min(1.0, (placement.box[2] - placement.box[0]) / 210.0)
    appearance = leader_appearance(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Văn Nghĩa", signature_png, page,
                                   placement.box, font_size=max(6.0, 11.0 * scale))
    return fit_appearance(appearance, size)


def test_producer_shape_is_taken_in_by_the_policy(shape):
    name, data, repairs = shape
    intake = take_in(data)
    assert intake.repairs == repairs, name
    assert intake.original_sha256 and intake.original_size == len(data)
    if repairs:
        assert intake.pdf != data and intake.details()["repaired"] == list(repairs)
    else:
        assert intake.pdf is data and intake.details() == {}


@pytest.mark.parametrize("mode", ["invisible", "visible", "twice"])
def test_producer_shape_signs_and_validates_everywhere(shape, mode, rsa_signer, agency_signer, root_cert, nssdir,
                                                       signature_png):
    require("qpdf")
    require("pdfsig")
    name, data, _ = shape
    intake = take_in(data)
    if mode == "invisible":
        signed = sign_pdf(intake.pdf, rsa_signer, reason="Phê duyệt").pdf
        count = 1
    else:
        signed = sign_pdf(intake.pdf, rsa_signer, appearance=_visible(intake, signature_png),
                          reason="Phê duyệt").pdf
        count = 1
        if mode == "twice":  # the agency's signature over the leader's (a text box on page 1)
            again = take_in(signed)
            assert not again.repaired, name  # a signed file is never rewritten
            stamp = text_appearance(1, (20, 20, 150, 60), "Sở Nông nghiệp\nvà Môi trường")
            signed = sign_pdf(signed, agency_signer, appearance=fit_appearance(stamp, again.facts.page(1).size),
                              reason="Ban hành").pdf
            count = 2
    assert signed.startswith(intake.pdf)  # one incremental update over what was stored
    assert_pyhanko_accepts(signed, root_cert, count)
    assert_pdfsig_accepts(signed, nssdir, count)
    assert_qpdf_accepts(signed, intake.pdf)


# -------------------------------------------------------------------------- visible boxes
def _render(pdf: bytes, page: int = 0):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()  # without it the signature appearances are not drawn
        return doc[page].render(scale=1, may_draw_forms=True).to_pil().convert("L")
    finally:
        doc.close()


def _ink(img) -> int:
    return sum(img.histogram()[:128])


def test_default_box_on_a_tiny_page_is_scaled_onto_it(signature_png, rsa_signer):
    intake = take_in(P.tiny_page())
    w, h = intake.facts.page(1).size
    appearance = _visible(intake, signature_png)
    x1, y1, x2, y2 = appearance.box
    assert 0 <= x1 < x2 <= w and 0 <= y1 < y2 <= h
    assert min(t.size for t in appearance.texts) >= 4.0  # readable: text scaled with the box, not lost
    signed = sign_pdf(intake.pdf, rsa_signer, appearance=appearance).pdf
    before, after = _render(intake.pdf), _render(signed)
    assert after.size == before.size == (round(w), round(h))
    assert _ink(after) > _ink(before) + 50  # the signature is drawn on the page


def test_box_dragged_past_the_edge_is_kept_on_the_page():
    from docflow.signing.geometry import fit_box

    assert fit_box((400, 100, 700, 200), (595, 842)) == ((291.0, 100, 591.0, 200), 1.0)
    box, scale = fit_box((0, 0, 400, 300), (170, 90))
    assert scale < 1 and box[0] >= 0 and box[2] <= 170 and box[3] <= 90
    assert (box[2] - box[0]) / (box[3] - box[1]) == pytest.approx(400 / 300)


def test_rotated_cropped_page_shows_the_appearance_upright_where_placed(rsa_signer):
    """/Rotate 90 with a CropBox: the box is where it was placed on the page as displayed, and
    the appearance reads upright (it matches the appearance drawn alone far better than the
    same appearance turned a quarter)."""
    from PIL import ImageChops, ImageStat

    from docflow.signing.appearance import render_appearance_pdf

    data = P.with_page_geometry(BASE, rotate=90, cropbox=(30, 40, 565, 800))
    intake = take_in(data)
    geometry = intake.facts.page(1)
    assert geometry.rotate == 90 and geometry.size == (760.0, 535.0)
    box = (420.0, 60.0, 700.0, 160.0)  # displayed: bottom right of the landscape page
    appearance = text_appearance(1, box, "BẢN KÝ SỐ NGANG\nNguyễn Văn Nghĩa", font_size=18)
    signed = sign_pdf(intake.pdf, rsa_signer, appearance=appearance).pdf
    page = _render(signed)
    assert page.size == (760, 535)
    crop = page.crop((int(box[0]), int(535 - box[3]), int(box[2]), int(535 - box[1])))
    alone = _render(render_appearance_pdf(appearance)).resize(crop.size)
    turned = alone.rotate(90, expand=True).resize(crop.size)
    upright = ImageStat.Stat(ImageChops.difference(crop, alone)).mean[0]
    sideways = ImageStat.Stat(ImageChops.difference(crop, turned)).mean[0]
    assert _ink(crop) > 100
    assert upright < sideways / 2, (upright, sideways)
    outside = _render(intake.pdf).crop((int(box[0]), int(535 - box[3]), int(box[2]), int(535 - box[1])))
    assert _ink(outside) < _ink(crop)


# -------------------------------------------------------------------------- refusals
def _signed(rsa_signer) -> bytes:
    return sign_pdf(BASE, rsa_signer).pdf


REFUSALS = {
    "password-needed": (lambda s: P.encrypted(BASE, user="mat-khau"), "protected by a password"),
    "signed-and-damaged": (lambda s: P.startxref_off(_signed(s), 1), "damaged and already signed"),
    "signed-and-encrypted": (lambda s: P.encrypted(_signed(s)), "encrypted and already signed"),
    "unreadable": (lambda s: b"%PDF-1.7\n" + bytes(range(256)) * 40, "damaged beyond repair"),
    "not-a-pdf": (lambda s: b"PK\x03\x04 a zip file", "not a PDF"),
    "empty": (lambda s: b"", "empty"),
}


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_refusals_name_the_problem_in_both_languages(name, rsa_signer, app):
    from flask_babel import force_locale, gettext

    from docflow.messages import translate

    build, expected = REFUSALS[name]
    with pytest.raises(SigningError) as caught:
        take_in(build(rsa_signer))
    err = caught.value
    assert expected in err.message
    assert "Traceback" not in err.message and "Error" not in err.message
    with app.test_request_context(), force_locale("vi"):
        vietnamese = translate(gettext, err.msgid, err.params)
    assert vietnamese != err.message  # translated, not the English msgid


def test_zip_bomb_is_refused_under_the_inflation_cap(monkeypatch):
    from tests.fuzz.hostile import zip_bomb

    monkeypatch.setattr(intake_module, "MAX_INFLATED", 8 << 20)
    with pytest.raises(InvalidInput, match="inflates to more than 8 MB"):
        take_in(zip_bomb(64 << 20))


def test_size_below_objects_was_an_internal_error_and_is_now_repaired(rsa_signer, root_cert):
    """A /Size below the highest object number: signed as is, the update's objects collided
    with existing ones ('internal error: no unique signature placeholder' reached the user).
    Signed directly it is now an internal error with a reference; through the intake it is
    repaired and signs."""
    data = P.size_below_objects(BASE)
    with pytest.raises(SigningError) as caught:
        sign_pdf(data, rsa_signer)
    assert "internal error (reference" in caught.value.message
    assert "placeholder" not in caught.value.message
    intake = take_in(data)
    assert intake.repairs == ("rebuilt",)
    assert_pyhanko_accepts(sign_pdf(intake.pdf, rsa_signer).pdf, root_cert, 1)


def test_internal_exception_is_logged_with_the_hash_never_shown(rsa_signer, caplog):
    """A failure inside the signer that is not a SigningError: the user reads a reference,
    the log has the exception and the file's SHA-256."""
    import hashlib

    from docflow.signing import SoftwareSigner

    class Broken(SoftwareSigner):
        def sign(self, data, hash_algorithm="sha256"):
            raise IndexError("list assignment index out of range")

    broken = Broken(rsa_signer._key, rsa_signer.certificate, rsa_signer.chain)
    sha = hashlib.sha256(BASE).hexdigest()
    with caplog.at_level(logging.ERROR, logger="docflow.signing.service"), pytest.raises(SigningError) as caught:
        sign_pdf(BASE, broken)
    assert "IndexError" not in caught.value.message and "list assignment" not in caught.value.message
    assert sha[:12] in caught.value.message
    record = next(r for r in caplog.records if sha in r.getMessage())
    assert record.exc_info and record.exc_info[0] is IndexError


def test_inspection_failure_is_logged_not_shown(monkeypatch, caplog):
    """An unexpected exception inside libqpdf's inspection (here: a stream whose filter list
    is not what anyone expects) reaches the user as a reference, not as its text."""
    def explode(pdf, stream, budget):
        raise AttributeError("'NoneType' object has no attribute 'write_to_stream'")

    monkeypatch.setattr(intake_module, "_stream_inflated", explode)
    with caplog.at_level(logging.ERROR, logger="docflow.signing.intake"), pytest.raises(InvalidInput) as caught:
        take_in(BASE)
    assert "NoneType" not in caught.value.message and "reference" in caught.value.message
    assert any("sha256=" in r.getMessage() for r in caplog.records)


def test_check_signable_keeps_refusing_damage_it_would_not_repair():
    """``check_signable`` (sign as is) refuses the repairable shapes; ``take_in`` repairs them."""
    from docflow.signing import check_signable

    for name in ("startxref-plus-1", "wrong-stream-length", "size-below-objects"):
        data = SHAPES[name][0]()
        with pytest.raises(InvalidInput, match="damaged"):
            check_signable(data)
        assert take_in(data).repaired
    for name in ("linearized-stale-hints", "xref-offset-0-unused", "startxref-minus-1"):
        check_signable(SHAPES[name][0]())
