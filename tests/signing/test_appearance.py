"""Decree 30 Annex I appearances: placement, real rendering (pdfium), Vietnamese text."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops

from docflow.signing import (
    Appearance,
    AppearanceError,
    attachment_stamp,
    leader_appearance,
    seal_appearance,
    sign_pdf,
)
from docflow.signing.appearance import MM, VN_TZ, vietnam_time

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SCALE = 2.0
A4 = (595.2756, 841.8898)


def _render(pdf: bytes, page: int = 1) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()  # draw widget appearances, as a viewer does
    return doc[page - 1].render(scale=SCALE, may_draw_forms=True).to_pil().convert("RGB")


def _region(img: Image.Image, box, page_height: float = A4[1]) -> Image.Image:
    x1, y1, x2, y2 = box
    return img.crop((int(x1 * SCALE), int((page_height - y2) * SCALE),
                     int(x2 * SCALE), int((page_height - y1) * SCALE)))


def _ink(img: Image.Image) -> int:
    """Pixels that are not (near) white."""
    grey = img.convert("L")
    return sum(1 for v in grey.get_flattened_data() if v < 200)


def _flattened_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    doc[0].flatten()
    buf = io.BytesIO()
    doc.save(buf)
    return pdfium.PdfDocument(buf.getvalue())[0].get_textpage().get_text_range()


def _changed(before: Image.Image, after: Image.Image, box) -> int:
    diff = ImageChops.difference(_region(before, box), _region(after, box)).convert("L")
    return sum(1 for v in diff.get_flattened_data() if v > 40)


HARD_TITLES = ["KT. CHỦ TỊCH (Ĩ) \\", "PHÓ CHỦ TỊCH"]
HARD_NAME = "Tiến sĩ Đỗ Văn NGHĨA (\\)"


def test_leader_appearance_renders_title_image_and_name(
    rsa_signer, bare_letter, signature_png
):
    box = (350, 150, 540, 330)
    app = leader_appearance(HARD_TITLES, HARD_NAME, signature_png, 1, box)
    # the image sits between the title lines and the name, inside the box
    ix1, iy1, ix2, iy2 = app.image_box
    assert box[0] <= ix1 < ix2 <= box[2] and box[1] < iy1 < iy2 < box[3]
    assert max(t.y for t in app.texts) > iy2 - box[1]  # titles above the image
    assert min(t.y for t in app.texts) < iy1 - box[1]  # name below it
    signed = sign_pdf(bare_letter, rsa_signer, appearance=app)
    before, after = _render(bare_letter), _render(signed.pdf)
    assert _changed(before, after, box) > 500
    # the blue stroke is there
    region = _region(after, app.image_box)
    assert any(b > 120 and r < 100 for r, g, b in region.get_flattened_data())
    text = _flattened_text(signed.pdf)
    assert HARD_NAME in text
    for line in HARD_TITLES:
        assert line in text


def test_seal_overlaps_the_left_third_of_the_leader_image_at_real_size(signature_png,
                                                                       seal_png):
    leader = leader_appearance(["GIÁM ĐỐC"], "Lê Văn Tĩnh", signature_png, 1,
                               (350, 150, 540, 330))
    seal = seal_appearance(seal_png, 1, leader.image_box)
    lx1, ly1, lx2, ly2 = leader.image_box
    sx1, sy1, sx2, sy2 = seal.image_box
    assert sx2 == pytest.approx(lx1 + (lx2 - lx1) / 3)  # covers a third, on the left
    assert sx1 < lx1
    assert (sy1 + sy2) / 2 == pytest.approx((ly1 + ly2) / 2)
    assert sx2 - sx1 == pytest.approx(36 * MM, rel=0.01)  # 425 px at 300 dpi = 36 mm
    bigger = seal_appearance(seal_png, 1, leader.image_box, diameter_mm=42)
    assert bigger.image_box[2] - bigger.image_box[0] == pytest.approx(42 * MM)


def test_seal_with_agency_name_and_time_renders_red(
    rsa_signer, agency_signer, bare_letter, signature_png, seal_png
):
    when = dt.datetime(2026, 11, 28, 3, 15, tzinfo=dt.UTC)
    leader = leader_appearance(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Văn Nghĩa",
                               signature_png, 1, (360, 150, 530, 320))
    first = sign_pdf(bare_letter, rsa_signer, appearance=leader, signing_time=when)
    seal = seal_appearance(seal_png, 1, leader.image_box, agency_name="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                           signing_time=when)
    second = sign_pdf(first.pdf, agency_signer, appearance=seal, signing_time=when)
    after = _render(second.pdf)
    reds = sum(1 for r, g, b in _region(after, seal.image_box).get_flattened_data()
               if r > 150 and g < 90 and b < 90)
    assert reds > 1000
    text = _flattened_text(second.pdf)
    assert "2026-11-28T10:15:00+07:00" in text
    assert "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" in text
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "leader_and_seal.pdf").write_bytes(second.pdf)
    after.crop((int(250 * SCALE), int((A4[1] - 340) * SCALE),
                int(560 * SCALE), int((A4[1] - 120) * SCALE))).save(
        ARTIFACTS / "leader_and_seal_crop.png")
    after.save(ARTIFACTS / "leader_and_seal.png")


def test_attachment_stamp_top_right_of_page_one(rsa_signer, letter):
    when = dt.datetime(2026, 11, 28, 3, 15, tzinfo=dt.UTC)
    stamp = attachment_stamp("15/QĐ-SNNMT", when, *A4)
    assert stamp.page == 1 and not stamp.images
    x1, y1, x2, y2 = stamp.box
    assert x2 == pytest.approx(A4[0] - 20 * MM) and y2 > A4[1] - 30 * MM
    assert x1 > A4[0] / 2, "the box is on the right half"
    assert {t.size for t in stamp.texts} == {10.0}
    signed = sign_pdf(letter, rsa_signer, appearance=stamp, signing_time=when)
    assert _changed(_render(letter), _render(signed.pdf), stamp.box) > 100
    text = _flattened_text(signed.pdf)
    assert "15/QĐ-SNNMT" in text and "2026-11-28T10:15:00+07:00" in text


def test_vietnam_time_is_iso_8601_with_plus_seven():
    when = dt.datetime(2026, 11, 28, 23, 59, 59, 999, tzinfo=dt.UTC)
    assert vietnam_time(when) == "2026-11-29T06:59:59+07:00"
    assert vietnam_time(when.astimezone(VN_TZ)) == "2026-11-29T06:59:59+07:00"
    with pytest.raises(AppearanceError):
        vietnam_time(dt.datetime(2026, 1, 1))


@pytest.mark.parametrize(
    ("page", "box"),
    [(0, (0, 0, 10, 10)), (1, (10, 10, 5, 20)), (1, (10, 10, 20, 10))],
)
def test_bad_boxes_are_refused(page, box):
    with pytest.raises(AppearanceError):
        Appearance(page=page, box=box)


def test_unreadable_image_is_refused():
    with pytest.raises(AppearanceError, match="PNG"):
        leader_appearance(["GIÁM ĐỐC"], "A", b"not a png", 1, (0, 0, 200, 200))


ALL_TONES_UPPER = "ÁÀẢÃẠ ẮẰẲẴẶ ẤẦẨẪẬ ÉÈẺẼẸ ẾỀỂỄỆ ÍÌỈĨỊ ÓÒỎÕỌ ỐỒỔỖỘ ỚỜỞỠỢ ÚÙỦŨỤ ỨỪỬỮỰ ÝỲỶỸỴ Đ"
DESCENDER_NAMES = ["Nguyễn Thị Quỳnh Giang", "Phạm Ngọc Yến", "Lý Gia Huy", ALL_TONES_UPPER.lower()]


def _text_ink(app: Appearance, pad: float = 0.0) -> int:
    """Ink of the appearance's text alone, drawn in its box grown by ``pad`` on every side."""
    from docflow.signing.appearance import TextLine, render_appearance_pdf

    x1, y1, x2, y2 = app.box
    grown = Appearance(page=1, box=(x1 - pad, y1 - pad, x2 + pad, y2 + pad), texts=tuple(
        TextLine(t.text, t.x + pad, t.y + pad, t.width, t.size, t.bold, t.align, t.color, t.italic)
        for t in app.texts))
    page = pdfium.PdfDocument(render_appearance_pdf(grown))[0]
    return _ink(page.render(scale=6).to_pil().convert("RGB"))


@pytest.mark.parametrize("name", DESCENDER_NAMES)
def test_names_with_descenders_and_every_tone_mark_are_not_clipped(signature_png, name):
    """The box clips what lies outside it: the name's g, y, ỵ, ọ and the marks of the title's
    capitals (Ố, Ẫ) must lie inside. The same texts drawn in a box 20 pt larger on every side
    show exactly as much ink."""
    app = leader_appearance(["KT. CHỦ TỊCH", ALL_TONES_UPPER], name, signature_png, 1, (330, 140, 560, 330))
    inside, unclipped = _text_ink(app), _text_ink(app, pad=20)
    assert inside == pytest.approx(unclipped, rel=0.002), (inside, unclipped)


def test_appearance_text_is_liberation_serif_where_it_covers_the_string():
    from docflow.signing.appearance import _font_path

    assert _font_path("Nguyễn Thị Quỳnh Giang", True).endswith("LiberationSerif-Bold.ttf")
    assert _font_path(ALL_TONES_UPPER, False).endswith("LiberationSerif-Regular.ttf")
    assert _font_path("ngày 02", False, True).endswith("LiberationSerif-Italic.ttf")
    assert "DejaVu" in _font_path("✓ ký số", False)  # a glyph Liberation lacks: DejaVu draws it
